import { registerEnumType } from 'type-graphql';

export enum DocumentKind {
  ACTION_DESCRIPTION = 'ACTION_DESCRIPTION',
  ORIENTATION_DESCRIPTION = 'ORIENTATION_DESCRIPTION',
  MINUTES = 'MINUTES',
}
registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: "Which text is co-edited: an action's or an orientation's description, or a meeting's minutes (entity id: the meeting's).",
});

/** One co-edited text: its kind and the id of the record holding its plain text. */
export interface DocumentKey {
  kind: DocumentKind;
  entityId: string;
}

export const keyString = ({ kind, entityId }: DocumentKey) => `${kind}:${entityId}`;

/** The NOTIFY channels that carry document updates and awareness between server instances. */
export const DOCUMENT_CHANNEL = 'trame_documents';
export const AWARENESS_CHANNEL = 'trame_awareness';
