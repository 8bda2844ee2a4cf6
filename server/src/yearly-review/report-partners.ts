import type { EntityManager } from 'typeorm';
import { CommitmentStatus } from '../commitments/commitment.entity';

/** A partner of a plan for a year, with the actions it accounts for, in the action plan's order. */
export interface PlanPartner {
  organizationId: string;
  actionIds: string[];
}

/**
 * The partners who account for a year: organisations with commitments in the plan, leading or
 * taking part in one of its actions, or funding one of its actions that year; each with the
 * actions concerned. Archived records, actions and orientations are left out.
 */
export async function planPartners(tx: EntityManager, planId: string, year: number): Promise<PlanPartner[]> {
  const rows: { organization_id: string; action_ids: string[] }[] = await tx.query(
    `WITH live_actions AS (
       SELECT a.id, a.lead_partner_id, o.number, a.position, a.created_at
         FROM actions a JOIN orientations o ON o.id = a.orientation_id
        WHERE o.plan_id = $1 AND a.archived_at IS NULL AND o.archived_at IS NULL),
     links AS (
       SELECT lead_partner_id AS organization_id, id AS action_id FROM live_actions WHERE lead_partner_id IS NOT NULL
       UNION SELECT p.organization_id, p.action_id FROM action_partners p JOIN live_actions a ON a.id = p.action_id
       UNION SELECT c.organization_id, c.action_id FROM commitments c JOIN live_actions a ON a.id = c.action_id WHERE c.archived_at IS NULL
       UNION SELECT b.funder_id, b.action_id FROM budget_lines b JOIN live_actions a ON a.id = b.action_id WHERE b.archived_at IS NULL AND b.year = $2)
     SELECT l.organization_id, array_agg(l.action_id ORDER BY a.number, a.position, a.created_at) AS action_ids
       FROM links l JOIN live_actions a ON a.id = l.action_id JOIN organizations org ON org.id = l.organization_id
      GROUP BY l.organization_id, org.name ORDER BY org.name`,
    [planId, year],
  );
  return rows.map((row) => ({ organizationId: row.organization_id, actionIds: row.action_ids }));
}

/**
 * The text each section starts with: the notes of the progress the partner recorded on its
 * commitments of the action during the year, oldest first — what it already told the ledger.
 */
export async function prefilledSections(tx: EntityManager, partner: PlanPartner, year: number) {
  const notes: { action_id: string; title: string; status: CommitmentStatus; note: string }[] = await tx.query(
    `SELECT c.action_id, c.title, p.status, p.note
       FROM progress_updates p JOIN commitments c ON c.id = p.commitment_id
      WHERE c.organization_id = $1 AND c.action_id = ANY($2) AND c.archived_at IS NULL
        AND p.note <> '' AND p.created_at >= make_date($3, 1, 1) AND p.created_at < make_date($3 + 1, 1, 1)
      ORDER BY p.created_at, p.seq`,
    [partner.organizationId, partner.actionIds, year],
  );
  return partner.actionIds.map((actionId) => ({
    actionId,
    text: notes.filter((note) => note.action_id === actionId).map((note) => `${note.title} : ${note.note}`).join('\n'),
  }));
}
