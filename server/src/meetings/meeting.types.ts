import { Field, Int, ObjectType } from 'type-graphql';
import { Paginated } from '../app/pagination';
import { Meeting } from './meeting.entity';

@ObjectType()
export class MeetingPage extends Paginated(Meeting) {}

@ObjectType({ description: "A body's meetings in a year against its minimum cadence." })
export class BodyCadence {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'The minimum number of meetings a year.' })
  minimum!: number;

  @Field(() => Int, { description: 'Meetings held (in session, closed or with approved minutes).' })
  held!: number;

  @Field(() => Int, { description: 'Meetings still planned (draft or convened).' })
  planned!: number;

  @Field(() => Boolean, { description: 'Held and planned together fall short of the minimum.' })
  behind!: boolean;
}
