import { MemberRole } from '../bodies/membership.entity';
import type { Context } from '../app/context';
import { forbidden } from '../app/errors';
import type { Commitment } from './commitment.entity';

/**
 * Who may do what with a plan's commitments: the plan's facilitators (chairs, co-chairs,
 * secretaries of any of its bodies) and admins set the terms of any; a partner's own people
 * sitting in a body of the plan (not as observers), and the person answerable for it, report
 * its progress; the plan's other readers read.
 */
export class CommitmentRights {
  constructor(private readonly context: Context) {}

  /** Record, archive, and change the terms (what, which action and partner, by when, origin). */
  canSteer(planId: string) {
    return this.context.access.canEditPlan(planId);
  }

  async assertCanSteer(planId: string) {
    if (!(await this.canSteer(planId))) {
      throw forbidden("Seuls la présidence et le secrétariat des instances du plan inscrivent les engagements et en fixent les termes.");
    }
  }

  /** Report progress and name the person answerable. */
  async canReport(commitment: Commitment) {
    if (await this.canSteer(commitment.planId)) return true;
    const viewer = this.context.access.requireViewer();
    const speaksForPartner = viewer.organizationId === commitment.organizationId || viewer.id === commitment.responsibleId;
    if (!speaksForPartner) return false;
    const roles = await this.context.access.activeRoles();
    return roles.some((role) => role.planId === commitment.planId && role.role !== MemberRole.OBSERVER);
  }

  async assertCanReport(commitment: Commitment) {
    if (!(await this.canReport(commitment))) {
      throw forbidden("Seuls les membres du partenaire engagé, la présidence et le secrétariat rendent compte de cet engagement.");
    }
  }
}
