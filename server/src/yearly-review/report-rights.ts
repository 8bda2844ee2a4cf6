import { MemberRole } from '../bodies/membership.entity';
import type { Context } from '../app/context';
import { forbidden } from '../app/errors';
import type { PartnerReport } from './yearly-review.entity';

/**
 * Who may do what with a yearly review: the plan's facilitators (chairs, co-chairs,
 * secretaries of its bodies) and admins open it, fill any report and reopen a submitted one;
 * a partner's own people sitting in a body of the plan, not as observers, fill and submit
 * their organisation's report (the commitments' rule); the plan's other readers read.
 */
export class ReportRights {
  constructor(private readonly context: Context) {}

  canManage(planId: string) {
    return this.context.access.canEditPlan(planId);
  }

  async assertCanManage(planId: string) {
    if (!(await this.canManage(planId))) {
      throw forbidden('Seuls la présidence et le secrétariat des instances du plan ouvrent le point annuel et rouvrent les comptes rendus.');
    }
  }

  async canFill(report: PartnerReport) {
    if (await this.canManage(report.planId)) return true;
    const viewer = this.context.access.requireViewer();
    if (viewer.organizationId !== report.organizationId) return false;
    const roles = await this.context.access.activeRoles();
    return roles.some((role) => role.planId === report.planId && role.role !== MemberRole.OBSERVER);
  }

  async assertCanFill(report: PartnerReport) {
    if (!(await this.canFill(report))) {
      throw forbidden('Seuls les membres du partenaire, la présidence et le secrétariat remplissent ce compte rendu.');
    }
  }
}
