import { MaxLength, MinLength } from 'class-validator';
import { Arg, ArgsType, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../app/context';
import { Person } from '../people/person.entity';
import { AuthService } from './auth.service';
import { InvitationPreview } from './auth.types';
import { Session } from './session.entity';

@ArgsType()
class SignInArgs {
  @Field(() => String)
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @MaxLength(200)
  password!: string;
}

@ArgsType()
class AcceptInvitationArgs {
  @Field(() => String)
  @MaxLength(100)
  token!: string;

  @Field(() => String, { description: 'At least 10 characters.' })
  @MinLength(10, { message: 'Le mot de passe doit faire au moins 10 caractères.' })
  @MaxLength(200)
  password!: string;

  @Field(() => String, { nullable: true })
  @MinLength(2)
  @MaxLength(120)
  displayName?: string;
}

@Resolver(() => Session)
export class AuthResolver {
  // Queries

  @Query(() => Person, { nullable: true, description: 'The signed-in person, or null.' })
  me(@Ctx() context: Context) {
    return context.viewer;
  }

  @Authorized()
  @Query(() => [Session], { description: 'Your open sessions, newest first.' })
  mySessions(@Ctx() context: Context) {
    return new AuthService(context).mySessions();
  }

  @Query(() => InvitationPreview, { description: 'Who an invitation link is for, before accepting it.' })
  invitation(@Arg('token', () => String) token: string, @Ctx() context: Context) {
    return new AuthService(context).previewInvitation(token);
  }

  @FieldResolver(() => Boolean, { description: 'Whether this is the session making the request.' })
  current(@Root() session: Session, @Ctx() context: Context) {
    return session.id === context.session?.id;
  }

  // Mutations

  @Mutation(() => Person, { description: 'Signs in and sets the session cookie.' })
  signIn(@Args(() => SignInArgs) { email, password }: SignInArgs, @Ctx() context: Context) {
    return new AuthService(context).signIn(email, password);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  signOut(@Ctx() context: Context) {
    return new AuthService(context).signOut();
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends one of your sessions (any session, for admins).' })
  revokeSession(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new AuthService(context).revokeSession(id);
  }

  @Mutation(() => Person, { description: 'Sets a password from an invitation link and signs in.' })
  acceptInvitation(@Args(() => AcceptInvitationArgs) args: AcceptInvitationArgs, @Ctx() context: Context) {
    return new AuthService(context).acceptInvitation(args.token, args.password, args.displayName);
  }
}
