import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { Action } from '../actions/action.entity';
import type { Context } from '../app/context';
import { PageArgs, Paginated } from '../app/pagination';
import { Decision } from '../decisions/decision.entity';
import { Change } from '../history/change.entity';
import { HistoryOf, historyKey } from '../history/history';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { CommitmentFilterArgs } from './commitment-ledger.inputs';
import { commitmentLedger } from './commitment-ledger';
import { isLate } from './commitment-lifecycle';
import { CommitmentRights } from './commitment-rights';
import { commitmentSummary } from './commitment-summary';
import { CommitmentSummary } from './commitment-summary.types';
import { Commitment } from './commitment.entity';
import { CreateCommitmentInput, RecordProgressInput, UpdateCommitmentInput } from './commitment.inputs';
import { CommitmentService } from './commitment.service';
import { ProgressUpdate } from './progress-update.entity';

export enum CommitmentOrigin {
  DECISION = 'DECISION',
  DIRECT = 'DIRECT',
}
registerEnumType(CommitmentOrigin, { name: 'CommitmentOrigin', description: 'Made by a decision of a meeting, or entered directly.' });

@ObjectType()
export class CommitmentPage extends Paginated(Commitment) {}

@Resolver(() => Commitment)
export class CommitmentResolver {
  // Queries

  @Authorized()
  @Query(() => CommitmentPage, { description: "The ledger of a plan's partners' commitments, filtered and sorted; for the plan's members." })
  commitments(@Args(() => CommitmentFilterArgs) filter: CommitmentFilterArgs, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return commitmentLedger(context, filter, page);
  }

  @Authorized()
  @Query(() => Commitment, { description: 'A commitment, archived or not.' })
  commitment(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new CommitmentService(context).get(id);
  }

  @Authorized()
  @Query(() => CommitmentSummary, { description: "The chairs' dashboard figures: by status, late, due soon, by partner and by orientation." })
  commitmentSummary(@Arg('planId', () => ID) planId: string, @Ctx() context: Context) {
    return commitmentSummary(context, planId);
  }

  @FieldResolver(() => Organization)
  organization(@Root() commitment: Commitment, @Ctx() context: Context) {
    return context.loaders.organization.load(commitment.organizationId);
  }

  @FieldResolver(() => Person, { nullable: true })
  responsible(@Root() commitment: Commitment, @Ctx() context: Context) {
    return commitment.responsibleId ? context.loaders.person.load(commitment.responsibleId) : null;
  }

  @FieldResolver(() => Action)
  action(@Root() commitment: Commitment, @Ctx() context: Context) {
    return context.loaders.action.load(commitment.actionId);
  }

  @FieldResolver(() => Decision, { nullable: true, description: 'The decision it was made in.' })
  decision(@Root() commitment: Commitment, @Ctx() context: Context) {
    return commitment.decisionId ? context.loaders.decision.load(commitment.decisionId) : null;
  }

  @FieldResolver(() => CommitmentOrigin)
  origin(@Root() commitment: Commitment) {
    return commitment.decisionId ? CommitmentOrigin.DECISION : CommitmentOrigin.DIRECT;
  }

  @FieldResolver(() => Boolean, { description: 'Still open and past its due date (as of today, in France).' })
  late(@Root() commitment: Commitment) {
    return isLate(commitment);
  }

  @FieldResolver(() => [ProgressUpdate], { description: 'The progress timeline, newest entry first.' })
  progressUpdates(@Root() commitment: Commitment, @Ctx() context: Context) {
    return context.loaders.progressByCommitment.load(commitment.id);
  }

  @FieldResolver(() => [Change], { description: 'Every change, newest first: who, when, each field old → new.' })
  history(@Root() commitment: Commitment, @Ctx() context: Context) {
    return context.loaders.changesOf.load(historyKey(HistoryOf.Commitment, commitment.id));
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may record its progress and name who answers for it.' })
  viewerCanReport(@Root() commitment: Commitment, @Ctx() context: Context) {
    return new CommitmentRights(context).canReport(commitment);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change its terms and archive it.' })
  viewerCanSteer(@Root() commitment: Commitment, @Ctx() context: Context) {
    return new CommitmentRights(context).canSteer(commitment.planId);
  }

  // Mutations

  @Authorized()
  @Mutation(() => Commitment, { description: "The plan's facilitators (chairs, co-chairs, secretaries) and admins; proposed unless `accepted`." })
  createCommitment(@Arg('input', () => CreateCommitmentInput) input: CreateCommitmentInput, @Ctx() context: Context) {
    return new CommitmentService(context).create(input);
  }

  @Authorized()
  @Mutation(() => Commitment, { description: "Facilitators change its terms; the partner's people its details and who answers for it." })
  updateCommitment(@Arg('input', () => UpdateCommitmentInput) input: UpdateCommitmentInput, @Ctx() context: Context) {
    return new CommitmentService(context).update(input);
  }

  @Authorized()
  @Mutation(() => Commitment, { description: "Appends a progress report to the timeline and moves the status and percentage; the partner's people and facilitators." })
  recordCommitmentProgress(@Arg('input', () => RecordProgressInput) input: RecordProgressInput, @Ctx() context: Context) {
    return new CommitmentService(context).recordProgress(input);
  }

  @Authorized()
  @Mutation(() => Commitment, { description: 'Archives a commitment (nothing is deleted), with the reason; facilitators and admins.' })
  archiveCommitment(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() context: Context,
  ) {
    return new CommitmentService(context).archive(id, reason, expectedVersion);
  }
}
