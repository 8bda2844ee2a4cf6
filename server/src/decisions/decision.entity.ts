import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { TrameEntity } from '../app/base.entity';
import { inEnum } from '../app/enum-check';
import { Meeting } from '../meetings/meeting.entity';

export enum DecisionKind {
  DECISION = 'DECISION',
  OPINION = 'OPINION',
  VALIDATION = 'VALIDATION',
  ORIENTATION = 'ORIENTATION',
}
registerEnumType(DecisionKind, {
  name: 'DecisionKind',
  description: 'A decision, an opinion (avis), a validation, or a new orientation given to the work.',
});

@ObjectType({ description: 'A decision taken in a meeting, usually on one of its agenda items.' })
@Entity('decisions')
@Index('decisions_meeting_idx', ['meetingId'])
@Check('decisions_kind_check', inEnum('kind', DecisionKind))
@Check('decisions_votes_check', `coalesce("votes_for", 0) >= 0 AND coalesce("votes_against", 0) >= 0 AND coalesce("abstentions", 0) >= 0`)
export class Decision extends TrameEntity {
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'meeting_id' })
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'decisions_meeting_fk' })
  meeting?: Relation<Meeting>;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', name: 'agenda_item_id', nullable: true })
  agendaItemId!: string | null;

  @ManyToOne(() => AgendaItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'decisions_agenda_item_fk' })
  agendaItem?: Relation<AgendaItem> | null;

  @Field(() => String)
  @Column({ type: 'text' })
  text!: string;

  @Field(() => DecisionKind)
  @Column({ type: 'text', default: DecisionKind.DECISION })
  kind!: DecisionKind;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', name: 'votes_for', nullable: true })
  votesFor!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', name: 'votes_against', nullable: true })
  votesAgainst!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  abstentions!: number | null;

  @Field(() => [ID], { description: 'The actions it concerns.' })
  @Column({ type: 'uuid', array: true, name: 'action_ids', default: () => "'{}'" })
  actionIds!: string[];
}
