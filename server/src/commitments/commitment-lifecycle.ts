import { badInput, conflict } from '../app/errors';
import { CommitmentStatus as S } from './commitment.entity';

/** Where each status may go next. DONE may be reopened; ABANDONED is final. */
const NEXT: Record<S, S[]> = {
  [S.PROPOSED]: [S.ACCEPTED, S.ABANDONED],
  [S.ACCEPTED]: [S.IN_PROGRESS, S.AT_RISK, S.DONE, S.ABANDONED],
  [S.IN_PROGRESS]: [S.AT_RISK, S.DONE, S.ABANDONED],
  [S.AT_RISK]: [S.IN_PROGRESS, S.DONE, S.ABANDONED],
  [S.DONE]: [S.IN_PROGRESS],
  [S.ABANDONED]: [],
};

/** Statuses whose commitment is still to be delivered: only they can be late. */
export const OPEN_STATUSES = [S.PROPOSED, S.ACCEPTED, S.IN_PROGRESS, S.AT_RISK];
/** Statuses whose progress is followed. */
const FOLLOWED = [S.ACCEPTED, S.IN_PROGRESS, S.AT_RISK];

export const STATUS_LABELS: Record<S, string> = {
  [S.PROPOSED]: 'proposé',
  [S.ACCEPTED]: 'accepté',
  [S.IN_PROGRESS]: 'en cours',
  [S.AT_RISK]: 'en risque',
  [S.DONE]: 'réalisé',
  [S.ABANDONED]: 'abandonné',
};

export interface ProgressReport {
  status?: S | null;
  progress?: number | null;
  note?: string | null;
}

/**
 * The status and progress a report leads to, or a readable refusal. A percentage reported on
 * an accepted commitment starts it; done means 100 %.
 */
export function nextState(current: { status: S; progress: number }, report: ProgressReport) {
  const status = report.status ?? (current.status === S.ACCEPTED && (report.progress ?? 0) > 0 ? S.IN_PROGRESS : current.status);
  if (status !== current.status && !NEXT[current.status].includes(status)) {
    throw conflict(`Un engagement ${STATUS_LABELS[current.status]} ne peut pas passer à « ${STATUS_LABELS[status]} ».`);
  }
  if (status === S.ABANDONED && !report.note?.trim()) {
    throw badInput("Indiquez dans la note la raison de l'abandon.");
  }
  if (status === S.DONE && report.progress != null && report.progress !== 100) {
    throw badInput('Un engagement réalisé est avancé à 100 %.');
  }
  const progress = status === S.DONE ? 100 : (report.progress ?? current.progress);
  if (progress !== current.progress && !FOLLOWED.includes(status) && status !== S.DONE) {
    throw conflict(`L'avancement se suit une fois l'engagement accepté (il est ${STATUS_LABELS[status]}).`);
  }
  if (status === current.status && progress === current.progress && !report.note?.trim()) {
    throw badInput('Indiquez un nouveau statut, un avancement ou une note.');
  }
  return { status, progress };
}

/** Today's date in France, as YYYY-MM-DD: the day against which due dates are judged. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

/** Late: still open and its due date is past. Derived at each read, never stored. */
export function isLate(commitment: { status: S; dueOn: string | null }, on = today()): boolean {
  return commitment.dueOn !== null && commitment.dueOn < on && OPEN_STATUSES.includes(commitment.status);
}
