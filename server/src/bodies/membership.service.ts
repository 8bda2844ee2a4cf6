import type { EntityManager } from 'typeorm';
import { type Context, inTransaction } from '../app/context';
import { badInput } from '../app/errors';
import { findOrFail, isUuid } from '../app/lookup';
import { applyChanges, lockForUpdate } from '../app/updates';
import { PlanEventType, publishPlanChange } from '../plans/plan-event';
import type { AddMembershipInput, UpdateMembershipInput } from './body.inputs';
import type { GovernanceBody } from './governance-body.entity';
import { Membership } from './membership.entity';

/** Who sits in a body: managed by its chair and co-chairs, and by admins. */
export class MembershipService {
  constructor(private readonly context: Context) {}

  async add(input: AddMembershipInput) {
    const body = await this.manageableBody(input.bodyId);
    const person = await findOrFail(this.context.loaders.person, input.personId, 'Personne');
    if (person.archivedAt) throw badInput('Ce compte est désactivé.');
    if (input.organizationId && !isUuid(input.organizationId)) throw badInput('Organisation inconnue.');
    return inTransaction(this.context, async (tx) => {
      const membership = await tx.save(
        tx.create(Membership, {
          ...input,
          organizationId: input.organizationId ?? person.organizationId,
          startsOn: input.startsOn ?? (await this.today(tx)),
        }),
      );
      await this.publish(tx, PlanEventType.MEMBERSHIP_ADDED, body, membership);
      return membership;
    });
  }

  async update(input: UpdateMembershipInput) {
    const { id, expectedVersion, ...changes } = input;
    if (changes.organizationId && !isUuid(changes.organizationId)) throw badInput('Organisation inconnue.');
    return inTransaction(this.context, async (tx) => {
      const membership = await lockForUpdate(tx, Membership, id, 'Le mandat', expectedVersion);
      const body = await this.manageableBody(membership.bodyId);
      if (membership.endsOn) throw badInput('Ce mandat est terminé.');
      await tx.save(applyChanges(membership, changes));
      await this.publish(tx, PlanEventType.MEMBERSHIP_UPDATED, body, membership);
      return membership;
    });
  }

  /** Ends a membership today; its history is kept. */
  async end(id: string) {
    return inTransaction(this.context, async (tx) => {
      const membership = await lockForUpdate(tx, Membership, id, 'Le mandat');
      const body = await this.manageableBody(membership.bodyId);
      if (membership.endsOn) return membership;
      const today = await this.today(tx);
      // A seat planned for later ends the day it would have begun: it never comes into force.
      membership.endsOn = membership.startsOn > today ? membership.startsOn : today;
      await tx.save(membership);
      await this.publish(tx, PlanEventType.MEMBERSHIP_ENDED, body, membership);
      return membership;
    });
  }

  private async manageableBody(bodyId: string) {
    const body = await findOrFail(this.context.loaders.body, bodyId, 'Instance');
    await this.context.access.assertCanReadPlan(body.planId);
    await this.context.access.assertCanManageBody(body.id);
    if (body.archivedAt) throw badInput('Cette instance est archivée.');
    return body;
  }

  private async today(tx: EntityManager): Promise<string> {
    return (await tx.query('SELECT CURRENT_DATE::text AS today'))[0].today;
  }

  private publish(tx: EntityManager, type: PlanEventType, body: GovernanceBody, membership: Membership) {
    return publishPlanChange(tx, { planId: body.planId, type, actorId: this.context.viewer!.id, subjects: { body, membership } });
  }
}
