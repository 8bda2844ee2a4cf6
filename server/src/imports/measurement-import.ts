import { type EntityManager, In } from 'typeorm';
import { FollowUpRights } from '../actions/follow-up-rights';
import type { Context } from '../app/context';
import { Indicator } from '../indicators/indicator.entity';
import { insertMeasurement, measuredOnError } from '../indicators/measurement.service';
import { type ColumnSpec, type CsvRow, parseDate, parseNumber } from './csv-table';
import { ImportLine } from './import.types';
import { type Candidate, resolve } from './references';

type Column = 'indicator' | 'date' | 'value' | 'source';

export const MEASUREMENT_COLUMNS: ColumnSpec<Column>[] = [
  { key: 'indicator', aliases: ['indicateur', 'indicator'], required: true },
  { key: 'date', aliases: ['date'], required: true },
  { key: 'value', aliases: ['valeur', 'value'], required: true },
  { key: 'source', aliases: ['source'], required: false },
];

const WORDS = { the: "L'indicateur", plural: 'indicateurs', missing: "Indiquez l'indicateur (identifiant ou nom)." };
const BOUND = 1e12;

/**
 * Reads each line of a measurements file against the plan's indicators, as the viewer may
 * report them: what it would record, or its errors. `lock` holds the indicators until commit.
 */
export async function checkMeasurementLines(context: Context, manager: EntityManager, planId: string, rows: CsvRow<Column>[], lock: boolean) {
  const candidates: Candidate[] = await manager.query(
    'SELECT id, name, archived_at IS NOT NULL AS archived FROM indicators WHERE plan_id = $1',
    [planId],
  );
  const references = rows.map((row) => resolve(row.values.indicator, candidates, WORDS));
  const ids = [...new Set(references.flatMap((reference) => ('id' in reference ? [reference.id] : [])))];
  const indicators = new Map(
    (ids.length ? await manager.find(Indicator, { where: { id: In(ids) }, lock: lock ? { mode: 'pessimistic_write' } : undefined }) : []).map(
      (indicator) => [indicator.id, indicator],
    ),
  );
  const dates = rows.map((row) => parseDate(row.values.date)).filter((date): date is string => date !== null);
  const taken = new Set(
    (ids.length && dates.length
      ? await manager.query(
          'SELECT indicator_id, measured_on FROM measurements WHERE indicator_id = ANY($1) AND measured_on = ANY($2::date[]) AND archived_at IS NULL',
          [ids, [...new Set(dates)]],
        )
      : []
    ).map((row: { indicator_id: string; measured_on: string }) => `${row.indicator_id}|${row.measured_on}`),
  );
  const actionIds = [...new Set([...indicators.values()].map((indicator) => indicator.actionId))];
  const actions = new Map((await context.loaders.action.loadMany(actionIds)).map((action, index) => [actionIds[index], action]));
  await context.loaders.partnersByAction.loadMany(actionIds);
  const rights = new FollowUpRights(context);
  const seen = new Map<string, number>();

  const lines: ImportLine[] = [];
  for (const [index, row] of rows.entries()) {
    const line = Object.assign(new ImportLine(), { line: row.line, cells: row.cells, errors: row.shapeError ? [row.shapeError] : [] });
    const reference = references[index];
    if ('error' in reference) line.errors.push(reference.error);
    else {
      const indicator = indicators.get(reference.id)!;
      const action = actions.get(indicator.actionId);
      line.indicator = indicator;
      if (indicator.archivedAt) line.errors.push(`L'indicateur « ${indicator.name} » est archivé.`);
      else if (!action || action instanceof Error || action.archivedAt) line.errors.push(`L'action de l'indicateur « ${indicator.name} » est archivée.`);
      else if (!(await rights.canReport(action, planId))) {
        line.errors.push(`Vous ne pouvez pas rendre compte de l'indicateur « ${indicator.name} » : réservé aux partenaires de l'action, à la présidence et au secrétariat.`);
      }
    }
    const { date, value, source } = row.values;
    const measuredOn = parseDate(date);
    if (!date) line.errors.push('Indiquez la date de la mesure.');
    else if (!measuredOn) line.errors.push(`Date illisible : « ${date} » (attendue en AAAA-MM-JJ ou JJ/MM/AAAA).`);
    else {
      line.measuredOn = measuredOn;
      const future = measuredOnError(measuredOn);
      if (future) line.errors.push(future);
    }
    const number = parseNumber(value);
    if (!value) line.errors.push('Indiquez la valeur.');
    else if (number === null) line.errors.push(`Nombre illisible : « ${value} ».`);
    else if (Math.abs(number) > BOUND) line.errors.push(`Valeur hors limites : « ${value} ».`);
    else line.value = number;
    if (source.length > 500) line.errors.push('La source dépasse 500 caractères.');
    line.source = source;
    if (line.indicator && line.measuredOn) {
      const key = `${line.indicator.id}|${line.measuredOn}`;
      if (taken.has(key)) line.errors.push(`L'indicateur « ${line.indicator.name} » a déjà une mesure au ${line.measuredOn} : corrigez-la plutôt.`);
      else if (seen.has(key)) line.errors.push(`La ligne ${seen.get(key)} mesure déjà cet indicateur à cette date.`);
      else seen.set(key, row.line);
    }
    lines.push(line);
  }
  return lines;
}

/** Records the lines' measurements in the caller's transaction, each with its history and event. */
export async function writeMeasurementLines(context: Context, tx: EntityManager, lines: ImportLine[]) {
  for (const line of lines) {
    await insertMeasurement(tx, context.viewer!.id, line.indicator!, { measuredOn: line.measuredOn!, value: line.value!, source: line.source ?? '' });
  }
}
