import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class SetCurrentItemArgs {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID, { description: 'An item of this meeting’s agenda.' })
  agendaItemId!: string;
}
