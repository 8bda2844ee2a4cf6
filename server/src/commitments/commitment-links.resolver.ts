import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Action } from '../actions/action.entity';
import type { Context } from '../app/context';
import { Decision } from '../decisions/decision.entity';
import { EvidenceFile } from '../evidence/evidence-file.entity';
import { Orientation } from '../orientations/orientation.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { OrientationCommitmentTally, OrientationProgress, PartnerCommitmentTally, ProgressRollUp } from './commitment-summary.types';
import { Commitment } from './commitment.entity';
import { ProgressUpdate } from './progress-update.entity';

/** The commitments serving an action. */
@Resolver(() => Action)
export class ActionCommitmentsResolver {
  @FieldResolver(() => [Commitment], { description: 'Soonest due first, archived ones left out.' })
  commitments(@Root() action: Action, @Ctx() context: Context) {
    return context.loaders.commitmentsByAction.load(action.id);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "From 0 to 100: its live commitments' average progress (done counts 100, abandoned left out), or without any, its indicators' average attainment; null without either.",
  })
  progress(@Root() action: Action, @Ctx() context: Context) {
    return context.loaders.actionProgress.load(action.id);
  }
}

@Resolver(() => Orientation)
export class OrientationProgressResolver {
  @FieldResolver(() => ProgressRollUp, { description: 'The average progress of its live actions.' })
  progress(@Root() orientation: Orientation, @Ctx() context: Context) {
    return context.loaders.orientationProgress.load(orientation.id);
  }
}

/** Traceability: the commitments a decision gave rise to. */
@Resolver(() => Decision)
export class DecisionCommitmentsResolver {
  @FieldResolver(() => [Commitment], { description: 'The commitments made by this decision, archived ones left out.' })
  commitments(@Root() decision: Decision, @Ctx() context: Context) {
    return context.loaders.commitmentsByDecision.load(decision.id);
  }
}

@Resolver(() => ProgressUpdate)
export class ProgressUpdateResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who reported it.' })
  author(@Root() update: ProgressUpdate, @Ctx() context: Context) {
    return update.authorId ? context.loaders.person.load(update.authorId) : null;
  }

  @FieldResolver(() => EvidenceFile, { nullable: true, description: 'The file given as evidence, if any.' })
  evidenceFile(@Root() update: ProgressUpdate, @Ctx() context: Context) {
    return update.evidenceFileId ? context.loaders.evidenceFile.load(update.evidenceFileId) : null;
  }
}

@Resolver(() => PartnerCommitmentTally)
export class PartnerCommitmentTallyResolver {
  @FieldResolver(() => Organization)
  organization(@Root() tally: PartnerCommitmentTally, @Ctx() context: Context) {
    return context.loaders.organization.load(tally.organizationId);
  }
}

@Resolver(() => OrientationCommitmentTally)
export class OrientationCommitmentTallyResolver {
  @FieldResolver(() => Orientation)
  orientation(@Root() tally: OrientationCommitmentTally, @Ctx() context: Context) {
    return context.loaders.orientation.load(tally.orientationId);
  }
}

@Resolver(() => OrientationProgress)
export class OrientationProgressLinkResolver {
  @FieldResolver(() => Orientation)
  orientation(@Root() rollUp: OrientationProgress, @Ctx() context: Context) {
    return context.loaders.orientation.load(rollUp.orientationId);
  }
}
