import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../app/scalars';

@ObjectType({ description: "The clock of the room's current item." })
export class RoomTimer {
  @Field(() => Boolean)
  running!: boolean;

  @Field(() => DateTime, { nullable: true, description: 'Since when it runs (null when paused).' })
  startedAt!: Date | null;

  @Field(() => Int, { description: 'Seconds spent on the item so far, including the running stretch.' })
  elapsedSeconds!: number;

  @Field(() => Int, { description: "The item's planned duration, in seconds." })
  plannedSeconds!: number;
}

@ObjectType({ description: 'Someone following the meeting room right now.' })
export class RoomParticipant {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;
}

@ObjectType({ description: 'Who is in the meeting room right now, across every server instance.' })
export class RoomPresence {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => [RoomParticipant], { description: 'By name.' })
  people!: RoomParticipant[];

  @Field(() => Int, { description: 'How many different people are in the room.' })
  count!: number;

  @Field(() => Int, { description: "Voting members needed for the quorum, under the body's rule." })
  quorumRequired!: number;
}
