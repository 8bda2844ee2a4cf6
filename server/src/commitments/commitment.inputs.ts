import { IsOptional, IsUrl, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../app/scalars';
import { CommitmentStatus } from './commitment.entity';

@InputType()
export class CreateCommitmentInput {
  @Field(() => ID, { description: 'The action it serves.' })
  actionId!: string;

  @Field(() => ID, { description: 'The partner organisation that commits.' })
  organizationId!: string;

  @Field(() => ID, { nullable: true })
  responsibleId?: string;

  @Field(() => ID, { nullable: true, description: 'The decision of one of the plan\'s meetings it was made in.' })
  decisionId?: string;

  @Field(() => String)
  @MinLength(3)
  @MaxLength(500)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10_000)
  details?: string;

  @Field(() => LocalDate, { nullable: true })
  dueOn?: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Already accepted by the partner (otherwise proposed).' })
  accepted: boolean = false;
}

@InputType({ description: 'Fields left out stay as they are; null clears the responsible person, the decision or the due date. The status moves by recording progress.' })
export class UpdateCommitmentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one makes it a CONFLICT.' })
  expectedVersion?: number;

  @Field(() => ID, { nullable: true })
  actionId?: string;

  @Field(() => ID, { nullable: true })
  organizationId?: string;

  @Field(() => ID, { nullable: true })
  responsibleId?: string | null;

  @Field(() => ID, { nullable: true })
  decisionId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(3)
  @MaxLength(500)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10_000)
  details?: string;

  @Field(() => LocalDate, { nullable: true })
  dueOn?: string | null;
}

@InputType({ description: 'A progress report: a new status, a new percentage, a note, or several; appended to the timeline.' })
export class RecordProgressInput {
  @Field(() => ID)
  commitmentId!: string;

  @Field(() => Int, { nullable: true, description: 'The version you saw; a newer one makes it a CONFLICT.' })
  expectedVersion?: number;

  @Field(() => CommitmentStatus, { nullable: true })
  status?: CommitmentStatus;

  @Field(() => Int, { nullable: true, description: '0 to 100.' })
  @IsOptional()
  @Min(0, { message: "L'avancement va de 0 à 100 %." })
  @Max(100, { message: "L'avancement va de 0 à 100 %." })
  progress?: number;

  @Field(() => String, { nullable: true, description: 'Required to abandon: the reason.' })
  @IsOptional()
  @MaxLength(5000)
  note?: string;

  @Field(() => String, { nullable: true, description: 'A link to the evidence (http or https).' })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'Le lien de la preuve doit être une adresse web complète (https://…).' })
  evidenceUrl?: string;

  @Field(() => ID, { nullable: true, description: 'A file you uploaded to /uploads/evidence and not yet attached to a report.' })
  evidenceFileId?: string;
}
