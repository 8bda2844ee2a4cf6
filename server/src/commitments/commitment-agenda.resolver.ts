import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AgendaItem } from '../agenda/agenda-item.entity';
import type { Context } from '../app/context';
import { CommitmentAgendaService } from './commitment-agenda';
import { CommitmentAgendaProposals, ProposeCommitmentsArgs } from './commitment-agenda.types';
import { Commitment } from './commitment.entity';

@Resolver(() => AgendaItem)
export class CommitmentAgendaResolver {
  @Authorized()
  @Query(() => CommitmentAgendaProposals, {
    description: "Open commitments to put before a body (its steering committee, usually) at its next meeting: late or due by then, not yet on its agenda or backlog; for the plan's members.",
  })
  commitmentAgendaProposals(@Arg('bodyId', () => ID) bodyId: string, @Ctx() context: Context) {
    return new CommitmentAgendaService(context).proposals(bodyId);
  }

  @Authorized()
  @Mutation(() => [AgendaItem], {
    description:
      "Adds a backlog item of the body for each commitment (a decision when it is late, a discussion otherwise), skipping those already before it; returns the new items. The plan's facilitators.",
  })
  proposeCommitmentsForAgenda(@Args(() => ProposeCommitmentsArgs) args: ProposeCommitmentsArgs, @Ctx() context: Context) {
    return new CommitmentAgendaService(context).propose(args.bodyId, args.commitmentIds);
  }

  @FieldResolver(() => Commitment, { nullable: true, description: 'The commitment it reviews, when proposed from the ledger.' })
  commitment(@Root() item: AgendaItem, @Ctx() context: Context) {
    return item.commitmentId ? context.loaders.commitment.load(item.commitmentId) : null;
  }
}
