import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A ballot the viewer may cast in a poll: their own, or one for a proxy they hold.' })
export class PollVoteRight {
  @Field(() => ID, { description: 'Whose vote it is (pass it as onBehalfOf for a proxy).' })
  voterId!: string;

  @Field(() => String)
  voterName!: string;

  @Field(() => Boolean, { description: 'A proxy given to the viewer, rather than their own vote.' })
  proxy!: boolean;

  @Field(() => Boolean)
  hasVoted!: boolean;
}

@ObjectType({ description: 'A ballot of a named (not secret) poll.' })
export class PollBallot {
  @Field(() => ID)
  voterId!: string;

  @Field(() => String)
  voterName!: string;

  @Field(() => String, { description: 'Set when cast by the holder of the voter’s proxy.' , nullable: true })
  castByName!: string | null;

  @Field(() => String)
  choice!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}
