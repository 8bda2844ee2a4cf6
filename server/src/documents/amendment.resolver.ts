import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../app/context';
import { Contribution } from '../contributions/contribution.entity';
import { Person } from '../people/person.entity';
import { AmendmentService, wordDiff } from './amendment.service';
import { DocumentAmendment } from './document.entity';
import { ProposeAmendmentInput } from './document.inputs';
import { TextDiffPart } from './document.types';

@Resolver(() => DocumentAmendment)
export class AmendmentResolver {
  // Fields

  @FieldResolver(() => Contribution, { description: 'The AMENDMENT contribution: its author proposed it; discuss and vote on it there.' })
  contribution(@Root() amendment: DocumentAmendment, @Ctx() context: Context) {
    return context.loaders.contribution.load(amendment.contributionId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who applied it to the text.' })
  appliedBy(@Root() amendment: DocumentAmendment, @Ctx() context: Context) {
    return amendment.appliedById ? context.loaders.person.load(amendment.appliedById) : null;
  }

  @FieldResolver(() => [TextDiffPart], { description: 'Word by word, from the current text to the proposed one (from the text it replaced, once applied).' })
  async diff(@Root() amendment: DocumentAmendment, @Ctx() context: Context) {
    const from = amendment.appliedAt ? amendment.baseText : await new AmendmentService(context).currentText(amendment);
    return wordDiff(from, amendment.proposedText);
  }

  @FieldResolver(() => Boolean, { description: 'The text changed since it was proposed: applying it also undoes those changes.' })
  async outdated(@Root() amendment: DocumentAmendment, @Ctx() context: Context) {
    return !amendment.appliedAt && (await new AmendmentService(context).currentText(amendment)) !== amendment.baseText;
  }

  // Mutations

  @Authorized()
  @Mutation(() => DocumentAmendment, {
    description: 'Proposes a new text for a co-edited text, as an AMENDMENT contribution; members other than observers.',
  })
  proposeAmendment(@Arg('input', () => ProposeAmendmentInput) input: ProposeAmendmentInput, @Ctx() context: Context) {
    return new AmendmentService(context).propose(input);
  }

  @Authorized()
  @Mutation(() => DocumentAmendment, {
    description: 'Applies a retained amendment to the live text (recorded, broadcast) and retains its contribution; those who may edit the text.',
  })
  applyAmendment(@Arg('contributionId', () => ID) contributionId: string, @Ctx() context: Context) {
    return new AmendmentService(context).apply(contributionId);
  }
}

/** The amendment an AMENDMENT contribution carries, when it proposes a text. */
@Resolver(() => Contribution)
export class ContributionAmendmentResolver {
  @FieldResolver(() => DocumentAmendment, { nullable: true, description: 'For an AMENDMENT, the text it proposes and its diff.' })
  amendment(@Root() contribution: Contribution, @Ctx() context: Context) {
    return new AmendmentService(context).forContribution(contribution);
  }
}
