import { IsIn } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { InvitationResponse, Presence } from './attendance.entity';

@ArgsType()
export class InviteGuestArgs {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID, { description: 'The person invited by name, who is not a member of the body.' })
  personId!: string;
}

@ArgsType()
export class RespondToInvitationArgs {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => InvitationResponse, { description: 'ATTENDING or EXCUSED.' })
  @IsIn([InvitationResponse.ATTENDING, InvitationResponse.EXCUSED], { message: 'la réponse est ATTENDING ou EXCUSED' })
  response!: InvitationResponse;
}

@ArgsType()
export class RecordPresenceArgs {
  @Field(() => ID)
  attendanceId!: string;

  @Field(() => Presence)
  presence!: Presence;
}

@ArgsType()
export class GiveProxyArgs {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID, { description: 'Another voting member invited to the meeting.' })
  toPersonId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The member giving it, when a facilitator records a proxy received on paper; yourself by default.",
  })
  fromPersonId?: string;
}
