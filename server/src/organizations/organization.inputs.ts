import { IsOptional, IsUrl, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { OrganizationKind } from './organization.entity';

@InputType()
export class CreateOrganizationInput {
  @Field(() => String)
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(30)
  acronym?: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'] })
  @MaxLength(300)
  website?: string;
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(2)
  @MaxLength(200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(30)
  acronym?: string;

  @Field(() => OrganizationKind, { nullable: true })
  kind?: OrganizationKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'] })
  @MaxLength(300)
  website?: string;
}

@ArgsType()
export class OrganizationFilterArgs {
  @Field(() => String, { nullable: true, description: 'Words to find in the name or acronym.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => [OrganizationKind], { nullable: true })
  kinds?: OrganizationKind[];

  @Field(() => Boolean, { defaultValue: false })
  includeArchived: boolean = false;
}
