import { isURL } from 'class-validator';
import { GraphQLError } from 'graphql';
import { type EntityManager, In } from 'typeorm';
import type { Context } from '../app/context';
import { nextState } from '../commitments/commitment-lifecycle';
import { CommitmentRights } from '../commitments/commitment-rights';
import { Commitment, CommitmentStatus as S } from '../commitments/commitment.entity';
import { appendProgress } from '../commitments/commitment.service';
import { type ColumnSpec, comparable, type CsvRow, parseNumber } from './csv-table';
import { ImportLine } from './import.types';
import { type Candidate, resolve } from './references';

type Column = 'commitment' | 'progress' | 'status' | 'note' | 'evidence';

export const PROGRESS_COLUMNS: ColumnSpec<Column>[] = [
  { key: 'commitment', aliases: ['engagement', 'commitment'], required: true },
  { key: 'progress', aliases: ['avancement', 'progress', 'pourcentage'], required: false },
  { key: 'status', aliases: ['statut', 'status', 'etat'], required: false },
  { key: 'note', aliases: ['note', 'commentaire', 'comment'], required: false },
  { key: 'evidence', aliases: ['preuve', 'evidence', 'lien'], required: false },
];

const WORDS = { the: "L'engagement", plural: 'engagements', missing: "Indiquez l'engagement (identifiant ou intitulé)." };

/** Status names as people write them, French first. */
const STATUS_NAMES = new Map<string, S>([
  ...Object.values(S).map((status) => [comparable(status.replace('_', ' ')), status] as [string, S]),
  ['propose', S.PROPOSED], ['accepte', S.ACCEPTED], ['en cours', S.IN_PROGRESS], ['en risque', S.AT_RISK],
  ['a risque', S.AT_RISK], ['realise', S.DONE], ['fait', S.DONE], ['termine', S.DONE], ['abandonne', S.ABANDONED],
]);

/**
 * Reads each line of a progress file against the plan's commitments, as the viewer may report
 * them, and plays the lines in order through the lifecycle: what each would append, or its
 * errors. `lock` holds the commitments until commit.
 */
export async function checkProgressLines(context: Context, manager: EntityManager, planId: string, rows: CsvRow<Column>[], lock: boolean) {
  const candidates: Candidate[] = await manager.query(
    'SELECT id, title AS name, archived_at IS NOT NULL AS archived FROM commitments WHERE plan_id = $1',
    [planId],
  );
  const references = rows.map((row) => resolve(row.values.commitment, candidates, WORDS));
  const ids = [...new Set(references.flatMap((reference) => ('id' in reference ? [reference.id] : [])))];
  const commitments = new Map(
    (ids.length ? await manager.find(Commitment, { where: { id: In(ids) }, lock: lock ? { mode: 'pessimistic_write' } : undefined }) : []).map(
      (commitment) => [commitment.id, commitment],
    ),
  );
  const rights = new CommitmentRights(context);
  /** Each commitment's state after the lines read so far. */
  const states = new Map([...commitments.values()].map((commitment) => [commitment.id, { status: commitment.status, progress: commitment.progress }]));

  const lines: ImportLine[] = [];
  for (const [index, row] of rows.entries()) {
    const line = Object.assign(new ImportLine(), { line: row.line, cells: row.cells, errors: row.shapeError ? [row.shapeError] : [] });
    const { progress, status, note, evidence } = row.values;
    const reference = references[index];
    if ('error' in reference) line.errors.push(reference.error);
    else {
      line.commitment = commitments.get(reference.id)!;
      if (line.commitment.archivedAt) line.errors.push(`L'engagement « ${line.commitment.title} » est archivé.`);
      else if (!(await rights.canReport(line.commitment))) {
        line.errors.push(`Vous ne pouvez pas rendre compte de l'engagement « ${line.commitment.title} » : réservé au partenaire engagé, à la présidence et au secrétariat.`);
      }
    }
    const percentage = parseNumber(progress.replace(/\s*%$/, ''));
    if (progress && percentage === null) line.errors.push(`Nombre illisible : « ${progress} ».`);
    else if (percentage !== null && (!Number.isInteger(percentage) || percentage < 0 || percentage > 100)) {
      line.errors.push(`Avancement hors limites : « ${progress} » (un pourcentage entier de 0 à 100).`);
    }
    const wantedStatus = status ? STATUS_NAMES.get(comparable(status)) : undefined;
    if (status && !wantedStatus) line.errors.push(`Statut inconnu : « ${status} » (proposé, accepté, en cours, en risque, réalisé, abandonné).`);
    if (note.length > 5000) line.errors.push('La note dépasse 5 000 caractères.');
    if (evidence && !isURL(evidence, { protocols: ['http', 'https'], require_protocol: true })) {
      line.errors.push(`La preuve doit être une adresse web complète (https://…) : « ${evidence} ».`);
    }
    Object.assign(line, { note, evidenceUrl: evidence || undefined });
    const state = line.commitment && states.get(line.commitment.id);
    if (state && !line.errors.length) {
      try {
        const next = nextState(state, { status: wantedStatus, progress: percentage, note });
        Object.assign(line, { previousStatus: state.status, previousProgress: state.progress, ...next });
        states.set(line.commitment!.id, next);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        line.errors.push(error.message);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Appends the lines' progress reports in the caller's transaction, in file order, each with its history and event. */
export async function writeProgressLines(context: Context, tx: EntityManager, lines: ImportLine[]) {
  for (const line of lines) {
    await appendProgress(tx, context.viewer!.id, line.commitment!, {
      status: line.status,
      progress: line.progress,
      note: line.note,
      evidenceUrl: line.evidenceUrl ?? null,
    });
  }
}
