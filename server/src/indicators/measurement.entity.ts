import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TrameEntity } from '../app/base.entity';
import { LocalDate } from '../app/scalars';
import { Person } from '../people/person.entity';
import { Indicator } from './indicator.entity';

@ObjectType({ description: "A value of an indicator on a date, with where it comes from and who reported it." })
@Entity('measurements')
// One value per indicator and date: the latest measurement is never a tie, a correction edits it.
@Index('measurements_indicator_date_key', ['indicatorId', 'measuredOn'], { unique: true, where: '"archived_at" IS NULL' })
@Check('measurements_archive_reason_check', `"archived_at" IS NULL OR "archive_reason" IS NOT NULL`)
export class Measurement extends TrameEntity {
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'indicator_id' })
  indicatorId!: string;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'measurements_indicator_fk' })
  indicator?: Relation<Indicator>;

  @Field(() => LocalDate, { description: 'The date the value describes.' })
  @Column({ type: 'date', name: 'measured_on' })
  measuredOn!: string;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  value!: number;

  @Field(() => String, { description: 'Where the figure comes from (a survey, a register, an attendance sheet…); may be empty.' })
  @Column({ type: 'text', default: '' })
  source!: string;

  @Field(() => ID, { nullable: true, description: 'Who reported it.' })
  @Column({ type: 'uuid', name: 'reported_by_id', nullable: true })
  reportedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reported_by_id', foreignKeyConstraintName: 'measurements_reported_by_fk' })
  reportedBy?: Relation<Person> | null;

  @Field(() => String, { nullable: true, description: 'Why it was archived.' })
  @Column({ type: 'text', name: 'archive_reason', nullable: true })
  archiveReason!: string | null;
}
