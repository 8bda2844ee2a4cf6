import { parse } from 'csv-parse/sync';
import { badInput } from '../app/errors';

export interface ColumnSpec<K extends string> {
  key: K;
  /** Header words that name the column, without accents, lower case (« Valeur mesurée » matches « valeur »). */
  aliases: string[];
  required: boolean;
}

export interface CsvRow<K extends string> {
  /** The line of the file the record starts on (the header is line 1). */
  line: number;
  cells: string[];
  values: Record<K, string>;
  /** Set when the record cannot be read as the header says. */
  shapeError: string | null;
}

export interface CsvTable<K extends string> {
  separator: ';' | ',' | '\t';
  header: string[];
  rows: CsvRow<K>[];
}

export const MAX_ROWS = 2000;

const words = (text: string) =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** The separator the header line uses most, outside quotes: French Excel writes `;`, others `,` or tabs. */
function separatorOf(text: string): ';' | ',' | '\t' {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = ([';', ',', '\t'] as const).map((separator) => [separator, unquoted.split(separator).length - 1] as const);
  return counts.reduce((best, candidate) => (candidate[1] > best[1] ? candidate : best))[0];
}

/**
 * Reads a CSV file whose first line names the columns, in any order (other columns are
 * ignored). Unreadable files and missing columns are refused whole; a record with cells beyond
 * the header keeps a shape error for its line.
 */
export function readCsv<K extends string>(text: string, columns: ColumnSpec<K>[]): CsvTable<K> {
  const separator = separatorOf(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter: separator, bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw badInput(`Fichier CSV illisible${line ? ` (ligne ${line})` : ''} : vérifiez les guillemets et le séparateur.`);
  }
  const [head, ...body] = records.filter(({ record }) => record.some((cell) => cell !== ''));
  if (!head) throw badInput('Le fichier est vide : la première ligne doit nommer les colonnes.');
  if (body.length > MAX_ROWS) throw badInput(`Le fichier a ${body.length} lignes : importez-en au plus ${MAX_ROWS} à la fois.`);
  const header = head.record;
  const names = header.map(words);
  const indexOf = new Map<K, number>();
  for (const { key, aliases } of columns) {
    const index = names.findIndex((name) => aliases.some((alias) => name === alias || name.startsWith(`${alias} `)));
    if (index >= 0) indexOf.set(key, index);
  }
  const missing = columns.filter((column) => column.required && !indexOf.has(column.key));
  if (missing.length) {
    const expected = columns.map((column) => (column.required ? column.aliases[0] : `${column.aliases[0]} (facultative)`)).join(', ');
    throw badInput(`Colonne manquante : ${missing.map((column) => column.aliases[0]).join(', ')}. La première ligne nomme les colonnes : ${expected}.`);
  }
  const rows = body.map(({ record, info }) => {
    const newlines = record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
    const values = Object.fromEntries(columns.map(({ key }) => [key, indexOf.has(key) ? (record[indexOf.get(key)!] ?? '') : ''])) as Record<K, string>;
    const extra = record.slice(header.length).some((cell) => cell !== '');
    const shapeError = extra
      ? `${record.length} cellules pour ${header.length} colonnes : un séparateur « ${separator === '\t' ? 'tabulation' : separator} » de trop ? Mettez le texte entre guillemets.`
      : null;
    return { line: info.lines - newlines, cells: record, values, shapeError };
  });
  return { separator, header, rows };
}

/** A number as people type it: « 12,5 », « 12.5 », « 1 250 »; null if it is not one. */
export function parseNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[-+]?\d+([.,]\d+)?$/.test(compact)) return null;
  return Number(compact.replace(',', '.'));
}

/** A date written AAAA-MM-JJ or JJ/MM/AAAA, as AAAA-MM-JJ; null if it is not a real day. */
export function parseDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : french ? [french[3], french[2], french[1]] : null;
  if (!parts) return null;
  const [year, month, day] = parts;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const written = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return date.toISOString().slice(0, 10) === written ? written : null;
}

/** For matching names as typed: no accents, no case, single spaces. */
export const comparable = words;
