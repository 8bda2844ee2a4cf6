import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Action } from '../actions/action.entity';
import { LocalDate } from '../app/scalars';
import { Commitment } from '../commitments/commitment.entity';
import { Milestone } from './milestone.entity';

@ObjectType({ description: "An action's row of the timeline: its milestones and its commitments' due dates within the period." })
export class TimelineAction {
  @Field(() => Action)
  action!: Action;

  @Field(() => [Milestone], { description: 'Planned within the period, soonest first; each says whether it is late.' })
  milestones!: Milestone[];

  @Field(() => [Commitment], { description: 'Due within the period, soonest first; each says whether it is late.' })
  commitments!: Commitment[];

  @Field(() => Int, { description: 'How many of them are late.' })
  lateCount!: number;
}

@ObjectType({ description: "A plan's actions over a period with their milestones and commitments' due dates, late ones marked (as of today)." })
export class PlanTimeline {
  @Field(() => ID)
  planId!: string;

  @Field(() => LocalDate)
  from!: string;

  @Field(() => LocalDate)
  to!: string;

  @Field(() => LocalDate, { description: 'The day late is judged against (today, in France).' })
  today!: string;

  @Field(() => [TimelineAction], { description: 'Every action of the plan in orientation and action order, those without dates too.' })
  actions!: TimelineAction[];

  @Field(() => Int)
  lateCount!: number;
}
