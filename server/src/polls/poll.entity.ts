import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { TrameEntity } from '../app/base.entity';
import { inEnum } from '../app/enum-check';
import { DateTime } from '../app/scalars';
import { Decision } from '../decisions/decision.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Person } from '../people/person.entity';

export enum PollMethod {
  SIMPLE_MAJORITY = 'SIMPLE_MAJORITY',
  TWO_THIRDS = 'TWO_THIRDS',
  FOUR_FIFTHS = 'FOUR_FIFTHS',
  CONSENT = 'CONSENT',
  TEMPERATURE = 'TEMPERATURE',
}
registerEnumType(PollMethod, {
  name: 'PollMethod',
  description: 'Simple or qualified majority among options, consent (agree / abstain / block), or a 1–5 temperature check.',
});

export enum PollStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(PollStatus, { name: 'PollStatus' });

@ObjectType({ description: 'An option of a majority poll.' })
export class PollOption {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  label!: string;
}

@ObjectType({ description: 'A quick poll on an agenda item, opened and closed by the facilitator.' })
@Entity('polls')
@Index('polls_meeting_idx', ['meetingId'])
@Check('polls_method_check', inEnum('method', PollMethod))
@Check('polls_status_check', inEnum('status', PollStatus))
export class Poll extends TrameEntity {
  /** Chosen by the client, so a retried creation is recognised. */
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  declare id: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'meeting_id' })
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'polls_meeting_fk' })
  meeting?: Relation<Meeting>;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', name: 'agenda_item_id', nullable: true })
  agendaItemId!: string | null;

  @ManyToOne(() => AgendaItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'polls_agenda_item_fk' })
  agendaItem?: Relation<AgendaItem> | null;

  @Field(() => String)
  @Column({ type: 'text' })
  question!: string;

  @Field(() => PollMethod)
  @Column({ type: 'text' })
  method!: PollMethod;

  @Field(() => [PollOption], { description: 'The options of a majority poll (empty for consent and temperature).' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  options!: PollOption[];

  @Field(() => Boolean, { description: 'Secret ballots: who voted what is never shown, and the tally only once closed.' })
  @Column({ type: 'boolean', default: false })
  secret!: boolean;

  @Field(() => PollStatus)
  @Column({ type: 'text', default: PollStatus.OPEN })
  status!: PollStatus;

  @Field(() => DateTime, { nullable: true })
  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The decision its result was written into.' })
  @Column({ type: 'uuid', name: 'decision_id', nullable: true })
  decisionId!: string | null;

  @ManyToOne(() => Decision, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'polls_decision_fk' })
  decision?: Relation<Decision> | null;
}

/** One ballot per voting member present, plus one per proxy they hold (`voterId` the absent member). */
@Entity('ballots')
export class Ballot {
  @PrimaryColumn({ type: 'uuid', name: 'poll_id' })
  pollId!: string;

  /** The member whose vote it is: the one present, or the one who gave the proxy. */
  @PrimaryColumn({ type: 'uuid', name: 'voter_id' })
  voterId!: string;

  @ManyToOne(() => Poll, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'poll_id', foreignKeyConstraintName: 'ballots_poll_fk' })
  poll?: Relation<Poll>;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'voter_id', foreignKeyConstraintName: 'ballots_voter_fk' })
  voter?: Relation<Person>;

  /** Chosen by the client, so a retried ballot is recognised rather than refused as a second one. */
  @Column({ type: 'uuid', name: 'client_id' })
  clientId!: string;

  /** Who cast it (differs from the voter for a proxy). */
  @Column({ type: 'uuid', name: 'cast_by_id' })
  castById!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cast_by_id', foreignKeyConstraintName: 'ballots_cast_by_fk' })
  castBy?: Relation<Person>;

  /** An option id, AGREE / ABSTAIN / BLOCK, or "1"…"5". */
  @Column({ type: 'text' })
  choice!: string;

  /** Required with BLOCK. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
