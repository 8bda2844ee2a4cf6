import type { EntityManager } from 'typeorm';
import { badInput, forbidden, notFound } from '../app/errors';
import { isUuid } from '../app/lookup';
import { ProgressUpdate } from '../commitments/progress-update.entity';
import { EvidenceFile } from './evidence-file.entity';

/**
 * Checks, in the report's transaction, that a file may become its evidence: uploaded by the
 * reporter, not yet attached. The row stays locked until commit, so two reports cannot take
 * the same file (the unique index on progress_updates stands behind it).
 */
export async function claimEvidenceFile(tx: EntityManager, reporterId: string, fileId: string) {
  const file = isUuid(fileId)
    ? await tx.getRepository(EvidenceFile).findOne({ where: { id: fileId }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!file) throw notFound('Pièce justificative');
  if (file.uploadedBy !== reporterId) throw forbidden('Seule la personne qui a déposé cette pièce justificative peut la joindre à un avancement.');
  if (await tx.getRepository(ProgressUpdate).existsBy({ evidenceFileId: fileId })) {
    throw badInput('Cette pièce justificative est déjà jointe à un autre avancement : déposez-la de nouveau.');
  }
  return file;
}
