import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TrameEntity } from '../app/base.entity';
import { inEnum } from '../app/enum-check';
import { Meeting } from '../meetings/meeting.entity';
import { Person } from '../people/person.entity';

export enum InvitationResponse {
  PENDING = 'PENDING',
  ATTENDING = 'ATTENDING',
  EXCUSED = 'EXCUSED',
}
registerEnumType(InvitationResponse, { name: 'InvitationResponse', description: 'What the invited person answered.' });

export enum Presence {
  UNKNOWN = 'UNKNOWN',
  PRESENT = 'PRESENT',
  EXCUSED = 'EXCUSED',
  ABSENT = 'ABSENT',
}
registerEnumType(Presence, { name: 'Presence', description: 'What the secretary recorded during the meeting.' });

@ObjectType({ description: "A person's invitation to a meeting, their answer, their presence and any proxy given." })
@Entity('attendances')
@Index('attendances_meeting_person_key', ['meetingId', 'personId'], { unique: true })
@Check('attendances_response_check', inEnum('response', InvitationResponse))
@Check('attendances_presence_check', inEnum('presence', Presence))
@Check('attendances_proxy_check', `"proxy_to_id" IS NULL OR "proxy_to_id" <> "person_id"`)
export class Attendance extends TrameEntity {
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'meeting_id' })
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'attendances_meeting_fk' })
  meeting?: Relation<Meeting>;

  @Field(() => ID)
  @Index('attendances_person_idx')
  @Column({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'attendances_person_fk' })
  person?: Relation<Person>;

  @Field(() => Boolean, { description: 'A named guest rather than a member of the body.' })
  @Column({ type: 'boolean', default: false })
  guest!: boolean;

  @Field(() => Boolean, { description: 'Whether the person votes (members, chairs, secretaries; not observers or guests).' })
  @Column({ type: 'boolean', default: true })
  voting!: boolean;

  @Field(() => InvitationResponse)
  @Column({ type: 'text', default: InvitationResponse.PENDING })
  response!: InvitationResponse;

  @Field(() => Presence)
  @Column({ type: 'text', default: Presence.UNKNOWN })
  presence!: Presence;

  @Field(() => ID, { nullable: true, description: 'The member this person gave their proxy (pouvoir) to.' })
  @Column({ type: 'uuid', name: 'proxy_to_id', nullable: true })
  proxyToId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proxy_to_id', foreignKeyConstraintName: 'attendances_proxy_to_fk' })
  proxyTo?: Relation<Person> | null;
}
