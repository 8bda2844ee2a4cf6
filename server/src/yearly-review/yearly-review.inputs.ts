import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class ReportSectionInput {
  @Field(() => ID)
  actionId!: string;

  @Field(() => String, { description: 'What the partner did for the action during the year.' })
  @MaxLength(20_000)
  text!: string;
}

@InputType({ description: 'Fields left out stay as they are; sections sent replace those of the same actions.' })
export class SavePartnerReportInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one makes it a CONFLICT.' })
  expectedVersion?: number;

  @Field(() => [ReportSectionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  sections?: ReportSectionInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20_000)
  comments?: string;
}
