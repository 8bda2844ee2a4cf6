import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../app/context';
import { PageArgs, Paginated } from '../app/pagination';
import { InvitationLink } from '../auth/auth.types';
import { Membership } from '../bodies/membership.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from './person.entity';
import { InvitePersonInput, PersonFilterArgs, UpdatePersonInput } from './person.inputs';
import { PersonService } from './person.service';

@ObjectType()
export class PersonPage extends Paginated(Person) {}

@Resolver(() => Person)
export class PersonResolver {
  // Queries

  @Authorized()
  @Query(() => PersonPage, { description: 'Admins and body facilitators.' })
  people(@Args(() => PersonFilterArgs) filter: PersonFilterArgs, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return new PersonService(context).list(filter, page);
  }

  @Authorized()
  @Query(() => Person)
  person(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new PersonService(context).get(id);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() person: Person, @Ctx() context: Context) {
    return person.organizationId ? context.loaders.organization.load(person.organizationId) : null;
  }

  @FieldResolver(() => [Membership], { description: 'Seats in force today, in the bodies you may see.' })
  async memberships(@Root() person: Person, @Ctx() context: Context) {
    const memberships = await context.loaders.activeMembershipsByPerson.load(person.id);
    const readable = await context.access.readablePlanIds();
    if (!readable) return memberships;
    const bodies = await context.loaders.body.loadMany(memberships.map((membership) => membership.bodyId));
    return memberships.filter((_, index) => {
      const body = bodies[index];
      return body && !(body instanceof Error) && readable.includes(body.planId);
    });
  }

  // Mutations

  @Authorized()
  @Mutation(() => InvitationLink, { description: 'Admins only: creates the account and returns a link to pass on.' })
  invitePerson(@Arg('input', () => InvitePersonInput) input: InvitePersonInput, @Ctx() context: Context) {
    return new PersonService(context).invite(input);
  }

  @Authorized()
  @Mutation(() => InvitationLink, { description: 'Admins only: a fresh link for an account not yet activated.' })
  reinvitePerson(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new PersonService(context).reinvite(id);
  }

  @Authorized()
  @Mutation(() => Person, { description: 'Your own profile, or anyone for admins.' })
  updatePerson(@Arg('input', () => UpdatePersonInput) input: UpdatePersonInput, @Ctx() context: Context) {
    return new PersonService(context).update(input);
  }

  @Authorized()
  @Mutation(() => Person, { description: 'Admins only: deactivates the account and closes its sessions.' })
  archivePerson(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new PersonService(context).archive(id);
  }
}
