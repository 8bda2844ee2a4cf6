import { type Context, inTransaction } from '../app/context';
import { badInput, forbidden } from '../app/errors';
import { findOrFail, isUuid } from '../app/lookup';
import { type PageArgs, paginate } from '../app/pagination';
import { applyChanges, lockForUpdate } from '../app/updates';
import { AuthService } from '../auth/auth.service';
import { Session } from '../auth/session.entity';
import { GovernanceBody } from '../bodies/governance-body.entity';
import { FACILITATOR_ROLES, Membership } from '../bodies/membership.entity';
import { PlanEventType, publishPlanChange } from '../plans/plan-event';
import { Person } from './person.entity';
import type { InvitePersonInput, PersonFilterArgs, UpdatePersonInput } from './person.inputs';

/** People and their accounts: admins invite and deactivate, each person edits their own profile. */
export class PersonService {
  constructor(private readonly context: Context) {}

  get(id: string) {
    this.context.access.requireViewer();
    return findOrFail(this.context.loaders.person, id, 'Personne');
  }

  async list(filter: PersonFilterArgs, page: PageArgs) {
    const { access } = this.context;
    access.requireViewer();
    if (!access.isAdmin && !(await access.activeRoles()).some((role) => FACILITATOR_ROLES.includes(role.role))) {
      throw forbidden("L'annuaire des personnes est réservé à l'animation des instances.");
    }
    const query = this.context.app.dataSource.getRepository(Person).createQueryBuilder('person');
    if (!filter.includeArchived) query.andWhere('person.archived_at IS NULL');
    if (filter.search) {
      query.andWhere('(person.display_name ILIKE :search OR person.email ILIKE :search)', { search: `%${filter.search}%` });
    }
    return paginate(query.orderBy('person.display_name', 'ASC'), page);
  }

  async invite(input: InvitePersonInput) {
    this.context.access.assertAdmin();
    const { memberships, ...fields } = input;
    if (fields.organizationId) await findOrFail(this.context.loaders.organization, fields.organizationId, 'Organisation');
    const bodies = await Promise.all(memberships.map((seat) => findOrFail(this.context.loaders.body, seat.bodyId, 'Instance')));
    return inTransaction(this.context, async (tx) => {
      const person = await tx.save(tx.create(Person, { ...fields, email: fields.email.trim().toLowerCase() }));
      for (const [index, seat] of memberships.entries()) {
        const membership = await tx.save(
          tx.create(Membership, { bodyId: seat.bodyId, personId: person.id, role: seat.role, organizationId: person.organizationId }),
        );
        const body: GovernanceBody = bodies[index];
        await publishPlanChange(tx, {
          planId: body.planId,
          type: PlanEventType.MEMBERSHIP_ADDED,
          actorId: this.context.viewer!.id,
          subjects: { body, membership },
        });
      }
      return new AuthService(this.context).invite(person, tx);
    });
  }

  /** A new link for someone who has not set a password yet. */
  async reinvite(id: string) {
    this.context.access.assertAdmin();
    const person = await findOrFail(this.context.loaders.person, id, 'Personne');
    const withHash = await this.context.app.dataSource
      .getRepository(Person)
      .createQueryBuilder('person')
      .addSelect('person.passwordHash')
      .where('person.id = :id', { id })
      .getOneOrFail();
    if (withHash.passwordHash) throw badInput('Cette personne a déjà activé son compte.');
    return new AuthService(this.context).invite(person);
  }

  update(input: UpdatePersonInput) {
    const viewer = this.context.access.requireViewer();
    const { id, expectedVersion, ...changes } = input;
    if (id !== viewer.id && !viewer.isAdmin) throw forbidden('Vous ne pouvez modifier que votre propre profil.');
    if (changes.isAdmin !== undefined && !viewer.isAdmin) throw forbidden('Réservé aux administrateurs de la plateforme.');
    if (changes.organizationId && !isUuid(changes.organizationId)) throw badInput('Organisation inconnue.');
    return inTransaction(this.context, async (tx) =>
      tx.save(applyChanges(await lockForUpdate(tx, Person, id, 'La personne', expectedVersion), changes)),
    );
  }

  /** Deactivates an account and closes its sessions. */
  archive(id: string) {
    this.context.access.assertAdmin();
    if (id === this.context.viewer!.id) throw badInput('Vous ne pouvez pas désactiver votre propre compte.');
    return inTransaction(this.context, async (tx) => {
      const person = await lockForUpdate(tx, Person, id, 'La personne');
      person.archivedAt ??= new Date();
      await tx.update(Session, { personId: id }, { revokedAt: new Date() });
      return tx.save(person);
    });
  }
}
