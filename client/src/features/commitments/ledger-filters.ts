import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { CommitmentSort, CommitmentStatus } from '@/gql/graphql';
import { COMMITMENT_STATUSES, OPEN_STATUSES, STATUS_SLUGS } from './statuses';

/** The ledger's filters, sort and page, as its address holds them (so a view can be shared or linked to). */
export interface LedgerFilters {
  statuses: CommitmentStatus[];
  /** true: only late ones; false: none of them; null: both. */
  late: boolean | null;
  organizationId: string | null;
  orientationId: string | null;
  actionId: string | null;
  /** YYYY-MM-DD: due on or before. */
  dueBefore: string | null;
  search: string;
  sort: CommitmentSort;
  /** 1-based. */
  page: number;
}

export const SORTS: CommitmentSort[] = ['URGENCY', 'DUE_ON', 'RECENTLY_UPDATED', 'PROGRESS', 'TITLE'];

const SORT_SLUGS: Record<CommitmentSort, string> = {
  URGENCY: 'urgence',
  DUE_ON: 'echeance',
  RECENTLY_UPDATED: 'recent',
  PROGRESS: 'avancement',
  TITLE: 'titre',
};

const single = (value: LocationQuery[string]) => (Array.isArray(value) ? value[0] : value) ?? null;
const bySlug = <T extends string>(slugs: Record<T, string>, slug: string | null) =>
  (Object.keys(slugs) as T[]).find((key) => slugs[key] === slug);

/** Reads the filters from the address; anything unknown falls back to "all". */
export function filtersFromQuery(query: LocationQuery): LedgerFilters {
  const statuses = (single(query.statut) ?? '')
    .split(',')
    .map((slug) => bySlug(STATUS_SLUGS, slug))
    .filter((status): status is CommitmentStatus => !!status);
  const late = single(query.retard);
  const dueBefore = single(query.avant);
  const page = Number(single(query.page));
  return {
    statuses: COMMITMENT_STATUSES.filter((status) => statuses.includes(status)),
    late: late === 'oui' ? true : late === 'non' ? false : null,
    organizationId: single(query.partenaire),
    orientationId: single(query.orientation),
    actionId: single(query.action),
    dueBefore: dueBefore && /^\d{4}-\d{2}-\d{2}$/.test(dueBefore) ? dueBefore : null,
    search: single(query.q) ?? '',
    sort: bySlug(SORT_SLUGS, single(query.tri)) ?? 'URGENCY',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The address of a view of the ledger; defaults are left out so addresses stay short. */
export function queryFromFilters(filters: Partial<LedgerFilters>): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (filters.statuses?.length) query.statut = filters.statuses.map((status) => STATUS_SLUGS[status]).join(',');
  if (filters.late != null) query.retard = filters.late ? 'oui' : 'non';
  if (filters.organizationId) query.partenaire = filters.organizationId;
  if (filters.orientationId) query.orientation = filters.orientationId;
  if (filters.actionId) query.action = filters.actionId;
  if (filters.dueBefore) query.avant = filters.dueBefore;
  if (filters.search?.trim()) query.q = filters.search.trim();
  if (filters.sort && filters.sort !== 'URGENCY') query.tri = SORT_SLUGS[filters.sort];
  if (filters.page && filters.page > 1) query.page = String(filters.page);
  return query;
}

/** Whether anything narrows the list (the sort and page do not). */
export function isFiltered(filters: LedgerFilters) {
  return !!(
    filters.statuses.length || filters.late !== null || filters.organizationId || filters.orientationId ||
    filters.actionId || filters.dueBefore || filters.search.trim()
  );
}

/** Today in France, as YYYY-MM-DD: the day the server judges due dates against. */
export function todayInFrance(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

export function plusDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** The ledger view behind the dashboard's "due within 30 days": open, not late, due by today + 30. */
export function dueSoonFilters(): Partial<LedgerFilters> {
  return { statuses: OPEN_STATUSES, late: false, dueBefore: plusDays(todayInFrance(), 30) };
}
