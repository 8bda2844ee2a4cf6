import type { DataSource } from 'typeorm';
import { Commitment, CommitmentStatus } from '../../server/src/commitments/commitment.entity';
import { today } from '../../server/src/commitments/commitment-lifecycle';
import { buildOrganization } from './factories';

export const COMMITMENT_FIELDS = 'id title details status progress dueOn late origin version archivedAt archiveReason abandonReason';

export const CREATE_COMMITMENT = `mutation ($input: CreateCommitmentInput!) { createCommitment(input: $input) { ${COMMITMENT_FIELDS} } }`;
export const UPDATE_COMMITMENT = `mutation ($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { ${COMMITMENT_FIELDS} } }`;
export const RECORD_PROGRESS = `mutation ($input: RecordProgressInput!) { recordCommitmentProgress(input: $input) { ${COMMITMENT_FIELDS} } }`;
export const ARCHIVE_COMMITMENT = `mutation ($id: ID!, $reason: String!, $expectedVersion: Int) {
  archiveCommitment(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ${COMMITMENT_FIELDS} } }`;
export const COMMITMENT = `query ($id: ID!) { commitment(id: $id) {
  ${COMMITMENT_FIELDS}
  organization { id } responsible { id } action { id } decision { id }
  progressUpdates { status previousStatus progress previousProgress note evidenceUrl author { id } createdAt }
  history { kind actor { id } at diff { field oldValue newValue } }
} }`;

/** A date this many days from today (in France), as YYYY-MM-DD. */
export function daysFromToday(days: number) {
  const date = new Date(`${today()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A commitment written straight to the database (no history, no event), for reads and lists. */
export async function buildCommitment(
  ds: DataSource,
  overrides: Partial<Commitment> & { planId: string; actionId: string },
) {
  const organizationId = overrides.organizationId ?? (await buildOrganization(ds)).id;
  return ds.getRepository(Commitment).save({
    title: 'Organiser trois rencontres',
    status: CommitmentStatus.ACCEPTED,
    ...overrides,
    organizationId,
  });
}
