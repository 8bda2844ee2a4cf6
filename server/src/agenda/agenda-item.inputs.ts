import { ArrayMaxSize, IsOptional, IsUrl, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AgendaItemKind, AgendaItemOutcome } from './agenda-item.entity';

@InputType({ description: 'A document or page attached to an agenda item.' })
export class AgendaLinkInput {
  @Field(() => String)
  @MinLength(1)
  @MaxLength(200)
  label!: string;

  @Field(() => String)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  url!: string;
}

/** The fields an item's preparation sets, shared by adding and editing (never in the schema by itself). */
@InputType()
abstract class AgendaItemContent {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000)
  description?: string;

  @Field(() => ID, { nullable: true, description: 'Who presents it; null to clear.' })
  presenterId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who prepares it; null to clear.' })
  preparerId?: string | null;

  @Field(() => [ID], { nullable: true, description: "Orientations of the body's plan it is about." })
  @IsOptional()
  @ArrayMaxSize(50)
  orientationIds?: string[];

  @Field(() => [ID], { nullable: true, description: "Actions of the body's plan it is about." })
  @IsOptional()
  @ArrayMaxSize(50)
  actionIds?: string[];

  @Field(() => [AgendaLinkInput], { nullable: true, description: 'Replaces the list of links (20 at most).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  links?: AgendaLinkInput[];
}

@InputType()
export class AddAgendaItemInput extends AgendaItemContent {
  @Field(() => ID, { nullable: true, description: 'The meeting whose agenda receives the item.' })
  meetingId?: string | null;

  @Field(() => ID, { nullable: true, description: "Without a meeting: the body whose backlog receives the item." })
  bodyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The section to put it in, from the same agenda or backlog.' })
  parentId?: string | null;

  @Field(() => String)
  @MinLength(3)
  @MaxLength(300)
  title!: string;

  @Field(() => AgendaItemKind, { defaultValue: AgendaItemKind.INFORMATION })
  kind: AgendaItemKind = AgendaItemKind.INFORMATION;

  @Field(() => Int, { defaultValue: 15, description: 'Planned minutes, 0 to 600.' })
  @Min(0)
  @Max(600)
  durationMinutes: number = 15;
}

@InputType()
export class UpdateAgendaItemInput extends AgendaItemContent {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one makes it a CONFLICT.' })
  expectedVersion?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(3)
  @MaxLength(300)
  title?: string;

  @Field(() => AgendaItemKind, { nullable: true })
  kind?: AgendaItemKind;

  @Field(() => Int, { nullable: true, description: 'Planned minutes, 0 to 600.' })
  @IsOptional()
  @Min(0)
  @Max(600)
  durationMinutes?: number;

  @Field(() => Boolean, { nullable: true })
  ready?: boolean;

  @Field(() => String, { nullable: true, description: 'Written in session or after it.' })
  @IsOptional()
  @MaxLength(50000)
  notes?: string;

  @Field(() => AgendaItemOutcome, { nullable: true, description: 'Set in session or after it.' })
  outcome?: AgendaItemOutcome;
}

@InputType()
export class MoveAgendaItemInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The meeting to put it in (any body's of the same plan); null for the backlog; left out, it stays where it is.",
  })
  meetingId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The section to put it in; null for the top level; left out, it keeps its section if it stays in the same list.' })
  parentId?: string | null;

  @Field(() => Int, { description: 'Its new place among its siblings, from 0; beyond the end means last.' })
  @Min(0)
  position!: number;
}

@InputType()
export class RollOverAgendaItemsInput {
  @Field(() => ID, { description: 'A closed meeting.' })
  fromMeetingId!: string;

  @Field(() => ID, { nullable: true, description: "A meeting of the same body still in preparation; null for the body's backlog." })
  toMeetingId?: string | null;
}
