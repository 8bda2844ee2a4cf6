import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '../app/scalars';
import { Meeting } from '../meetings/meeting.entity';
import { Commitment } from './commitment.entity';

@ObjectType({ description: "Open commitments worth a point at a body's next meeting: late, or due by then, and not yet on its agenda or backlog." })
export class CommitmentAgendaProposals {
  @Field(() => ID)
  bodyId!: string;

  @Field(() => Meeting, { nullable: true, description: "The body's next meeting being prepared, if one is scheduled." })
  nextMeeting!: Meeting | null;

  @Field(() => LocalDate, { description: "Commitments due by this date are proposed: the next meeting's day, or 30 days from today without one." })
  dueBy!: string;

  @Field(() => [Commitment], { description: 'Soonest due first, so the late ones lead.' })
  commitments!: Commitment[];

  @Field(() => Boolean, { description: 'Whether you may put them on the agenda (the plan’s facilitators).' })
  viewerCanPropose!: boolean;
}

@ArgsType()
export class ProposeCommitmentsArgs {
  @Field(() => ID)
  bodyId!: string;

  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  commitmentIds!: string[];
}
