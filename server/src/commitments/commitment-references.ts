import type { Context } from '../app/context';
import { badInput } from '../app/errors';
import { findOrFail } from '../app/lookup';

/** Checks the records a commitment points to, as the caller names them. */
export class CommitmentReferences {
  constructor(private readonly context: Context) {}

  /** The plan of an action that may receive commitments. */
  async planOfAction(actionId: string) {
    const { loaders } = this.context;
    const action = await findOrFail(loaders.action, actionId, 'Action');
    const orientation = await findOrFail(loaders.orientation, action.orientationId, 'Orientation');
    if (action.archivedAt || orientation.archivedAt) throw badInput('Cette action est archivée : elle ne reçoit plus d’engagements.');
    return orientation.planId;
  }

  async organization(organizationId: string | undefined) {
    if (organizationId === undefined) return;
    const organization = await findOrFail(this.context.loaders.organization, organizationId, 'Organisation');
    if (organization.archivedAt) throw badInput('Cette organisation est archivée.');
  }

  async responsible(personId: string | null | undefined) {
    if (personId == null) return;
    const person = await findOrFail(this.context.loaders.person, personId, 'Personne responsable');
    if (person.archivedAt) throw badInput("Cette personne n'a plus de compte actif.");
  }

  /** A decision taken in a meeting of one of the plan's bodies. */
  async decision(decisionId: string | null | undefined, planId: string) {
    if (decisionId == null) return;
    const { loaders } = this.context;
    const decision = await findOrFail(loaders.decision, decisionId, 'Décision');
    const meeting = await findOrFail(loaders.meeting, decision.meetingId, 'Réunion');
    const body = await findOrFail(loaders.body, meeting.bodyId, 'Instance');
    if (decision.archivedAt || body.planId !== planId) {
      throw badInput("Cette décision n'a pas été prise par une instance de ce plan.");
    }
  }
}
