import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable, split } from '@apollo/client/core';
import { onError } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import { ref } from 'vue';

/** State of the live (WebSocket) link, for the connection indicator. */
export type LiveStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'offline';
export const liveStatus = ref<LiveStatus>('idle');
/** Increases each time the WebSocket client is replaced, so subscriptions can restart on it. */
export const liveGeneration = ref(0);

/** Close codes the server uses for a socket that is not signed in: retrying cannot help. */
const NOT_SIGNED_IN_CODES = [4401, 4403];
const isCloseEvent = (value: unknown): value is CloseEvent =>
  typeof value === 'object' && value !== null && 'code' in value && 'reason' in value;

let wsClient: Client | null = null;
let wsLink: GraphQLWsLink | null = null;

function webSocketUrl() {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}/graphql`;
}

function createWsClient(): Client {
  let connectedOnce = false;
  return createClient({
    url: webSocketUrl(),
    lazy: true,
    keepAlive: 15_000,
    retryAttempts: 12,
    // Exponential backoff capped at 15 s, with jitter so browsers do not reconnect in step.
    retryWait: (retries) =>
      new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, 15_000) + Math.random() * 1000)),
    shouldRetry: (event) => isCloseEvent(event) && !NOT_SIGNED_IN_CODES.includes(event.code),
    on: {
      connecting: () => {
        liveStatus.value = connectedOnce ? 'reconnecting' : 'connecting';
      },
      connected: () => {
        connectedOnce = true;
        liveStatus.value = 'connected';
      },
      closed: (event) => {
        // 1000 is the lazy close once no subscription is left: nothing is wrong.
        liveStatus.value = isCloseEvent(event) && event.code === 1000 ? 'idle' : 'offline';
      },
    },
  });
}

/** Opens a fresh WebSocket client, so it carries the session cookie set by the latest sign-in. */
export function restartLiveLink() {
  stopLiveLink();
  wsClient = createWsClient();
  wsLink = new GraphQLWsLink(wsClient);
  liveGeneration.value += 1;
}

/** Closes the WebSocket client (on sign-out, or when the session is gone). */
export function stopLiveLink() {
  void wsClient?.dispose();
  wsClient = null;
  wsLink = null;
  liveStatus.value = 'idle';
}

const liveLink = new ApolloLink((operation) => {
  if (!wsLink) restartLiveLink();
  return wsLink ? wsLink.request(operation) : Observable.of();
});

const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

let onUnauthenticated: () => void = () => {};
/** Lets the router decide where to go when the session has expired. */
export function setUnauthenticatedHandler(handler: () => void) {
  onUnauthenticated = handler;
}

const sessionLink = onError(({ graphQLErrors, operation }) => {
  // A failed sign-in also answers UNAUTHENTICATED: that one is the form's to show.
  if (operation.operationName === 'SignIn') return;
  if (graphQLErrors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) onUnauthenticated();
});

const isSubscription = ({ query }: { query: Parameters<typeof getMainDefinition>[0] }) => {
  const definition = getMainDefinition(query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
};

// Lists always come whole from the server: replace them instead of merging item by item.
const replaceList = { merge: false } as const;

export const cache = new InMemoryCache({
  typePolicies: {
    Plan: { fields: { orientations: replaceList, bodies: replaceList } },
    Orientation: { fields: { actions: replaceList } },
    Action: { fields: { partners: replaceList } },
    GovernanceBody: { fields: { memberships: replaceList } },
    Person: { fields: { memberships: replaceList } },
  },
});

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([sessionLink, split(isSubscription, liveLink, httpLink)]),
  cache,
  defaultOptions: {
    watchQuery: { errorPolicy: 'none' },
  },
});
