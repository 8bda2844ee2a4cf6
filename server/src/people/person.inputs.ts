import { ArrayMaxSize, IsEmail, IsOptional, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { MemberRole } from '../bodies/membership.entity';

@InputType()
export class InvitedMembershipInput {
  @Field(() => ID)
  bodyId!: string;

  @Field(() => MemberRole, { defaultValue: MemberRole.MEMBER })
  role: MemberRole = MemberRole.MEMBER;
}

@InputType()
export class InvitePersonInput {
  @Field(() => String)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @MinLength(2)
  @MaxLength(120)
  displayName!: string;

  @Field(() => ID, { nullable: true })
  organizationId?: string;

  @Field(() => Boolean, { defaultValue: false })
  isAdmin: boolean = false;

  @Field(() => [InvitedMembershipInput], { description: 'Bodies to seat the person in.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(20)
  memberships: InvitedMembershipInput[] = [];
}

@InputType()
export class UpdatePersonInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(2)
  @MaxLength(120)
  displayName?: string;

  @Field(() => ID, { nullable: true })
  organizationId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Admins only.' })
  isAdmin?: boolean;
}

@ArgsType()
export class PersonFilterArgs {
  @Field(() => String, { nullable: true, description: 'Words to find in the name or address.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => Boolean, { defaultValue: false })
  includeArchived: boolean = false;
}
