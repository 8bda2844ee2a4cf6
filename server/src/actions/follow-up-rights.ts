import { MemberRole } from '../bodies/membership.entity';
import type { Context } from '../app/context';
import { badInput, forbidden } from '../app/errors';
import { findOrFail } from '../app/lookup';
import type { Action } from './action.entity';

/**
 * Who may follow up an action (its indicators, measurements, milestones and budget): the plan's
 * facilitators (chairs, co-chairs, secretaries of any of its bodies) and admins set what is
 * followed; the people of the action's partners (its lead partner and the others) who sit in a
 * body of the plan, not as observers, report on it; the plan's other readers read. The same
 * rule as a partner's commitments.
 */
export class FollowUpRights {
  constructor(private readonly context: Context) {}

  /** The action and its plan, for a reader of the plan; `open` refuses an archived one. */
  async actionOf(actionId: string, { open }: { open: boolean }) {
    const { loaders } = this.context;
    const action = await findOrFail(loaders.action, actionId, 'Action');
    const orientation = await findOrFail(loaders.orientation, action.orientationId, 'Orientation');
    await this.context.access.assertCanReadPlan(orientation.planId);
    if (open && (action.archivedAt || orientation.archivedAt)) throw badInput('Cette action est archivée : elle ne se suit plus.');
    return { action, planId: orientation.planId };
  }

  /** Define what is followed (indicators, milestones' terms, budget lines) and archive it. */
  canSteer(planId: string) {
    return this.context.access.canEditPlan(planId);
  }

  async assertCanSteer(planId: string) {
    if (!(await this.canSteer(planId))) {
      throw forbidden("Seuls la présidence et le secrétariat des instances du plan définissent le suivi des actions.");
    }
  }

  /** Record measurements and mark milestones done. */
  async canReport(action: Action, planId: string) {
    if (await this.canSteer(planId)) return true;
    const viewer = this.context.access.requireViewer();
    if (!viewer.organizationId) return false;
    const partners = await this.context.loaders.partnersByAction.load(action.id);
    const isPartner = action.leadPartnerId === viewer.organizationId || partners.some((partner) => partner.id === viewer.organizationId);
    if (!isPartner) return false;
    const roles = await this.context.access.activeRoles();
    return roles.some((role) => role.planId === planId && role.role !== MemberRole.OBSERVER);
  }

  async assertCanReport(action: Action, planId: string) {
    if (!(await this.canReport(action, planId))) {
      throw forbidden("Seuls les membres des partenaires de l'action, la présidence et le secrétariat rendent compte de son suivi.");
    }
  }
}
