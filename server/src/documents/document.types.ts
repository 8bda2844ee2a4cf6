import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DocumentKind } from './document-kind';
import type { DocumentTarget } from './document-targets';

@ObjectType({ description: 'A co-edited text: its Yjs state to load into the editor, and its plain text.' })
export class SharedDocument {
  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field(() => ID)
  entityId!: string;

  @Field(() => String, { description: 'The whole Yjs state (an update), base64: apply it to an empty Y.Doc.' })
  state!: string;

  @Field(() => String, { description: 'Its Yjs state vector, base64.' })
  stateVector!: string;

  @Field(() => Int, { description: 'The version: seq of the latest stored update. Subscribe to documentUpdates with it as `after`.' })
  seq!: number;

  @Field(() => String, { description: 'The plain text, one line per paragraph, as kept on the record.' })
  text!: string;

  @Field(() => Int, { description: 'The longest text allowed, in characters.' })
  maxLength!: number;

  /** The record behind it, for the fields that check the viewer's rights. */
  target!: DocumentTarget;
}

@ObjectType({ description: 'Stored updates of a co-edited text, merged; the first one answers the subscription with what you were missing.' })
export class DocumentUpdateEvent {
  @Field(() => Int, { description: 'The seq of the latest update this one holds.' })
  seq!: number;

  @Field(() => String, { description: 'A Yjs update, base64: apply it (applying one twice is harmless).' })
  update!: string;

  @Field(() => Boolean, { description: 'The first message: what you were missing, and the server\'s state vector.' })
  sync!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "On the first message, the server's state vector, base64: push Y.encodeStateAsUpdate(doc, it) to send what you changed offline.",
  })
  stateVector!: string | null;

  @Field(() => [String], { description: 'The clients whose edits it holds.' })
  clientIds!: string[];
}

@ObjectType({ description: 'Where the pushed update went.' })
export class DocumentPushResult {
  @Field(() => Int, { description: "The document's seq once the update is stored (unchanged when it held nothing new)." })
  seq!: number;
}

@ObjectType({ description: "One client's awareness (name, caret, selection), as y-protocols encodes it." })
export class AwarenessUpdate {
  @Field(() => String, { description: 'The Yjs client id.' })
  clientId!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => String, { description: 'The name to show beside the caret, as the server knows it.' })
  displayName!: string;

  @Field(() => String, { description: 'The awareness update, base64.' })
  update!: string;
}

@ObjectType({ description: 'Carets and names of the other people in a co-edited text; never stored.' })
export class DocumentAwarenessEvent {
  @Field(() => [AwarenessUpdate])
  updates!: AwarenessUpdate[];

  @Field(() => [String], { description: 'Clients that left: remove their carets.' })
  leftClientIds!: string[];
}

export enum TextChange {
  SAME = 'SAME',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}
registerEnumType(TextChange, { name: 'TextChange' });

@ObjectType({ description: 'A run of words of a diff.' })
export class TextDiffPart {
  @Field(() => TextChange)
  change!: TextChange;

  @Field(() => String)
  text!: string;
}
