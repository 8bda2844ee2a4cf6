import type { DocumentNode } from 'graphql';
import type { WebSocket } from 'ws';
import type { Session } from '../../auth/session.entity';
import type { Person } from '../../people/person.entity';

/** One signed-in WebSocket, shared by all its subscriptions. */
export interface LiveConnection {
  socket: WebSocket;
  viewer: Person;
  session: Session;
  clientAddress: string;
  userAgent: string | null;
}

/** One graphql-ws `subscribe` message, as the fan-out needs it to group and answer it. */
export interface LiveSubscriber {
  connection: LiveConnection;
  /** The client's subscription id, echoed in every `next`. */
  id: string;
  query: string;
  document: DocumentNode;
  operationName: string | null | undefined;
  variables: Record<string, unknown> | null | undefined;
}
