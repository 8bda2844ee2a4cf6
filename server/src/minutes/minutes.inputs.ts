import { IsOptional, MaxLength, Min, MinLength } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';

const MAX_MINUTES = 100_000;

@ArgsType()
export class SaveMinutesArgs {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => String, { description: 'The whole text, in Markdown.' })
  @MaxLength(MAX_MINUTES)
  text!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The revision you edited (0 when there were no minutes yet); a newer one makes it a CONFLICT.',
  })
  @IsOptional()
  @Min(0)
  expectedRevision?: number;
}

@ArgsType()
export class ApproveMinutesArgs {
  @Field(() => ID, { description: 'The meeting the minutes are of.' })
  meetingId!: string;

  @Field(() => ID, { description: 'A later meeting of the same body, in session, that approves them.' })
  inMeetingId!: string;
}

@ArgsType()
export class CorrectMinutesArgs {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => String, { description: 'The corrected text, in Markdown.' })
  @MaxLength(MAX_MINUTES)
  text!: string;

  @Field(() => String, { description: 'Why the approved minutes are corrected.' })
  @MinLength(3)
  @MaxLength(500)
  reason!: string;
}
