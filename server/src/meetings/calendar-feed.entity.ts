import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Person } from '../people/person.entity';

/**
 * A secret address for a person's calendar: calendar apps cannot sign in, so the link itself
 * is the credential (only its hash is stored; making a new one revokes the old).
 */
@Entity('calendar_feeds')
export class CalendarFeed {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('calendar_feeds_person_idx')
  @Column({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'calendar_feeds_person_fk' })
  person?: Relation<Person>;

  @Column({ type: 'text', name: 'token_hash', unique: true })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;
}
