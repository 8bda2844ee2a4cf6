import { isUuid } from '../app/lookup';
import { comparable } from './csv-table';

export interface Candidate {
  id: string;
  name: string;
  archived: boolean;
}

export interface Words {
  /** « L'indicateur » */
  the: string;
  /** « indicateurs » */
  plural: string;
  /** « Indiquez l'indicateur (identifiant ou nom). » */
  missing: string;
}

/**
 * Finds what a cell names among the plan's records: by id, or by name as typed, accents, case
 * and punctuation aside; a name is looked for among archived records only when no other
 * bears it, so the caller can say it is archived.
 */
export function resolve(cell: string, candidates: Candidate[], words: Words): { id: string } | { error: string } {
  if (!cell) return { error: words.missing };
  if (isUuid(cell)) {
    const byId = candidates.find((candidate) => candidate.id === cell.toLowerCase());
    return byId ? { id: byId.id } : { error: `${words.the} ${cell} n'existe pas dans ce plan.` };
  }
  const wanted = comparable(cell);
  const sameName = candidates.filter((candidate) => comparable(candidate.name) === wanted);
  const active = sameName.filter((candidate) => !candidate.archived);
  const named = active.length ? active : sameName;
  if (named.length === 1) return { id: named[0].id };
  if (named.length > 1) return { error: `Plusieurs ${words.plural} de ce plan s'appellent « ${cell} » : indiquez l'identifiant.` };
  return { error: `${words.the} « ${cell} » n'existe pas dans ce plan.` };
}
