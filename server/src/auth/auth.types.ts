import { Field, ObjectType } from 'type-graphql';
import { DateTime } from '../app/scalars';
import { Person } from '../people/person.entity';

@ObjectType({ description: 'An invitation just made: the link is shown once, for the admin to pass on.' })
export class InvitationLink {
  @Field(() => Person)
  person!: Person;

  @Field(() => String, { description: 'The link to send to the person; it is not stored in clear.' })
  url!: string;

  @Field(() => DateTime)
  expiresAt!: Date;
}

@ObjectType({ description: 'What an invitation link shows before it is accepted.' })
export class InvitationPreview {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => DateTime)
  expiresAt!: Date;
}
