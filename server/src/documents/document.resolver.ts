import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../app/context';
import { AmendmentService } from './amendment.service';
import { DocumentAmendment } from './document.entity';
import { DocumentArgs, DocumentAwarenessArgs, DocumentUpdatesArgs, PushAwarenessInput, PushDocumentUpdateInput } from './document.inputs';
import { DocumentService } from './document.service';
import { DocumentAwarenessEvent, DocumentPushResult, DocumentUpdateEvent, SharedDocument } from './document.types';

@Resolver(() => SharedDocument)
export class DocumentResolver {
  // Queries

  @Authorized()
  @Query(() => SharedDocument, {
    description: "A co-edited text (an action's or orientation's description, a meeting's minutes), for the readers of its plan or meeting.",
  })
  document(@Args(() => DocumentArgs) args: DocumentArgs, @Ctx() context: Context) {
    return new DocumentService(context).open(args);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may edit it live (else propose an amendment).' })
  viewerCanEdit(@Root() document: SharedDocument, @Ctx() context: Context) {
    return document.target.canEdit(context);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may propose amendments to it (members other than observers).' })
  viewerCanSuggest(@Root() document: SharedDocument, @Ctx() context: Context) {
    return new DocumentService(context).canSuggest(document.target);
  }

  @FieldResolver(() => [DocumentAmendment], { description: 'Amendments proposed to it, newest first.' })
  amendments(@Root() document: SharedDocument, @Ctx() context: Context) {
    return new AmendmentService(context).list(document);
  }

  // Mutations

  @Authorized()
  @Mutation(() => DocumentPushResult, {
    description: 'Stores a Yjs update of a text you may edit; updates pushed in the same moment are merged and broadcast together.',
  })
  pushDocumentUpdate(@Arg('input', () => PushDocumentUpdateInput) input: PushDocumentUpdateInput, @Ctx() context: Context) {
    return new DocumentService(context).push(input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Shows your caret and name to the text's other readers; not stored." })
  pushAwareness(@Arg('input', () => PushAwarenessInput) input: PushAwarenessInput, @Ctx() context: Context) {
    return new DocumentService(context).pushAwareness(input);
  }

  // Subscriptions

  @Subscription(() => DocumentUpdateEvent, {
    description:
      "A text's Yjs updates: first what you miss (after `after`, or against your `stateVector`) with the server's state vector, then every stored update, merged over short windows.",
    subscribe: ({ args, context }) => new DocumentService(context as Context).updates(args as DocumentUpdatesArgs),
  })
  documentUpdates(@Root() event: DocumentUpdateEvent, @Args(() => DocumentUpdatesArgs) _args: DocumentUpdatesArgs): DocumentUpdateEvent {
    return event;
  }

  @Subscription(() => DocumentAwarenessEvent, {
    description: "The other readers' carets and names in a text, live; nothing is stored.",
    subscribe: ({ args, context }) => new DocumentService(context as Context).awareness(args as DocumentAwarenessArgs),
  })
  documentAwareness(@Root() event: DocumentAwarenessEvent, @Args(() => DocumentAwarenessArgs) _args: DocumentAwarenessArgs): DocumentAwarenessEvent {
    return event;
  }
}
