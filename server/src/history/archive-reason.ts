import { badInput } from '../app/errors';

/** Nothing is deleted outright: what is archived says why. Returns the reason, trimmed. */
export function checkedArchiveReason(reason: string) {
  if (reason.trim().length < 3 || reason.length > 2000) throw badInput("Indiquez la raison de l'archivage (3 à 2 000 caractères).");
  return reason.trim();
}
