import type { DataSource, EntityManager } from 'typeorm';
import { Action } from '../actions/action.entity';
import { hashPassword } from '../auth/password';
import { GovernanceBody } from '../bodies/governance-body.entity';
import { Membership, type MemberRole } from '../bodies/membership.entity';
import { Orientation } from '../orientations/orientation.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { Plan } from '../plans/plan.entity';
import { Territory } from '../territories/territory.entity';
import { loadLillePlan } from './lille';
import { loadPasDeCalaisPlan } from './pas-de-calais';
import { VALENCIENNES } from './valenciennes';
import { loadDemoCommitments } from './valenciennes-commitments';
import { loadDemoFollowUp } from './valenciennes-follow-up';
import { loadDemoMeetings } from './valenciennes-meetings';
import { loadDemoYearlyReview } from './valenciennes-yearly-review';

/** Loads the demo plans once, into an empty database: Valenciennes, Lille 2002–2006, the Pas-de-Calais portraits. Returns whether it did. */
export async function loadDemoData(dataSource: DataSource): Promise<boolean> {
  if ((await dataSource.getRepository(Territory).count()) > 0) return false;
  const passwords = await Promise.all(VALENCIENNES.people.map((person) => hashPassword(person.password)));
  await dataSource.transaction(async (tx) => {
    const territory = await tx.save(tx.create(Territory, VALENCIENNES.territory));
    const plan = await tx.save(tx.create(Plan, { ...VALENCIENNES.plan, territoryId: territory.id }));
    const organizations = new Map<string, Organization>();
    for (const { key, ...fields } of VALENCIENNES.organizations) {
      organizations.set(key, await tx.save(tx.create(Organization, fields)));
    }
    const agglo = organizations.get('agglo')!;
    for (const [index, { actions, ...fields }] of VALENCIENNES.orientations.entries()) {
      const orientation = await tx.save(tx.create(Orientation, { ...fields, number: index + 1, planId: plan.id }));
      for (const [position, title] of actions.entries()) {
        await tx.save(tx.create(Action, { title, position, orientationId: orientation.id, leadPartnerId: agglo.id }));
      }
    }
    const bodies = new Map<string, GovernanceBody>();
    for (const { key, ...fields } of VALENCIENNES.bodies) {
      bodies.set(key, await tx.save(tx.create(GovernanceBody, { ...fields, planId: plan.id })));
    }
    const memberships: Membership[] = [];
    const seat = async (person: Person, seats: { body: string; role: MemberRole }[]) => {
      for (const { body, role } of seats) {
        memberships.push(
          await tx.save(
            tx.create(Membership, { bodyId: bodies.get(body)!.id, personId: person.id, role, organizationId: person.organizationId, startsOn: '2021-01-01' }),
          ),
        );
      }
    };
    for (const [index, { password: _password, organization, seats, ...fields }] of VALENCIENNES.people.entries()) {
      const person = await createPerson(tx, { ...fields, organizationId: organizations.get(organization)!.id, passwordHash: passwords[index] });
      await seat(person, seats);
    }
    for (const { organization, seats, ...fields } of VALENCIENNES.partners) {
      const person = await createPerson(tx, { ...fields, organizationId: organizations.get(organization)!.id });
      await seat(person, seats);
    }
    await loadDemoMeetings(tx, bodies, memberships);
    await loadDemoCommitments(tx, plan.id, organizations);
    await loadDemoFollowUp(tx, plan.id, organizations);
    await loadDemoYearlyReview(tx, plan.id, organizations, plan.endYear);
    await loadLillePlan(tx, organizations);
    await loadPasDeCalaisPlan(tx, organizations);
  });
  return true;
}

function createPerson(tx: EntityManager, fields: Partial<Person>) {
  return tx.save(tx.create(Person, fields));
}
