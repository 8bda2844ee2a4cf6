import type { EntityManager } from 'typeorm';
import { type Context, inTransaction } from '../app/context';
import { userError } from '../app/errors';
import { readablePlan } from '../commitments/commitment-ledger';
import { type CsvRow, readCsv } from './csv-table';
import { type ImportArgs, ImportKind, type ImportLine, ImportPreview, ImportResult } from './import.types';
import { checkMeasurementLines, MEASUREMENT_COLUMNS, writeMeasurementLines } from './measurement-import';
import { checkProgressLines, PROGRESS_COLUMNS, writeProgressLines } from './progress-import';

type Rows = CsvRow<string>[];

/** How each kind of file is read, checked and written. */
const KINDS = {
  [ImportKind.MEASUREMENTS]: { columns: MEASUREMENT_COLUMNS, check: checkMeasurementLines, write: writeMeasurementLines },
  [ImportKind.COMMITMENT_PROGRESS]: { columns: PROGRESS_COLUMNS, check: checkProgressLines, write: writeProgressLines },
} as const;

function check(context: Context, manager: EntityManager, planId: string, kind: ImportKind, rows: Rows, lock: boolean): Promise<ImportLine[]> {
  return (KINDS[kind].check as (...args: unknown[]) => Promise<ImportLine[]>)(context, manager, planId, rows, lock);
}

/** CSV imports of measurements and commitment progress: previewed line by line, then written whole or not at all. */
export class ImportService {
  constructor(private readonly context: Context) {}

  async preview({ planId, kind, csv }: ImportArgs): Promise<ImportPreview> {
    const plan = await readablePlan(this.context, planId);
    const table = readCsv(csv, KINDS[kind].columns as never) as { separator: string; header: string[]; rows: Rows };
    const lines = await check(this.context, this.context.app.dataSource.manager, plan.id, kind, table.rows, false);
    const errorCount = lines.filter((line) => !line.ok).length;
    return Object.assign(new ImportPreview(), { kind, separator: table.separator, header: table.header, lines, errorCount, okCount: lines.length - errorCount });
  }

  /**
   * Writes every line but those skipped, in one transaction, after checking them again against
   * the records locked as they stand: if any line left in has an error, nothing is written.
   */
  async apply({ planId, kind, csv }: ImportArgs, skipLines: number[]): Promise<ImportResult> {
    const plan = await readablePlan(this.context, planId);
    const table = readCsv(csv, KINDS[kind].columns as never) as { rows: Rows };
    const skip = new Set(skipLines);
    const kept = table.rows.filter((row) => !skip.has(row.line));
    return inTransaction(this.context, async (tx) => {
      const lines = await check(this.context, tx, plan.id, kind, kept, true);
      const failing = lines.filter((line) => !line.ok);
      if (failing.length) {
        const first = failing[0];
        throw userError(
          'BAD_USER_INPUT',
          `Rien n'a été importé : ${failing.length} ligne(s) en erreur à corriger ou à écarter (ligne ${first.line} : ${first.errors[0]})`,
          { errorLines: failing.map((line) => line.line) },
        );
      }
      await KINDS[kind].write(this.context, tx, lines);
      return Object.assign(new ImportResult(), {
        kind,
        written: lines.length,
        skippedLines: table.rows.filter((row) => skip.has(row.line)).map((row) => row.line),
      });
    });
  }
}
