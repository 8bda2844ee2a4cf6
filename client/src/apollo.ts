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

let onLiveLinkRefused: () => void = () => {};
/** Called when the server refuses the WebSocket for want of a session (it may have expired). */
export function setLiveLinkRefusedHandler(handler: () => void) {
  onLiveLinkRefused = handler;
}

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
    // Keeps the socket while going from one live page to the next (plan → bodies).
    lazyCloseTimeout: 3_000,
    keepAlive: 15_000,
    // Bounded: after that many failed attempts the indicator offers a manual reconnection.
    retryAttempts: 12,
    // Exponential backoff capped at 15 s, with jitter so browsers do not reconnect in step.
    retryWait: (retries) =>
      new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, 15_000) + Math.random() * 1000)),
    // A refused connection (server restarting) surfaces as an error event, not a close event:
    // retry it too. Only a socket closed for not being signed in is hopeless.
    shouldRetry: (reason) => {
      const retry = !(isCloseEvent(reason) && NOT_SIGNED_IN_CODES.includes(reason.code));
      if (!retry) {
        liveStatus.value = 'offline';
        onLiveLinkRefused();
      }
      return retry;
    },
    on: {
      connecting: () => {
        liveStatus.value = connectedOnce ? 'reconnecting' : 'connecting';
      },
      connected: () => {
        connectedOnce = true;
        liveStatus.value = 'connected';
      },
      closed: (event) => {
        // 1000 is the lazy close once no subscription is left: nothing is wrong. Otherwise a
        // retry follows, unless shouldRetry or the subscription's error says it is over.
        if (isCloseEvent(event) && event.code === 1000) liveStatus.value = 'idle';
        else if (liveStatus.value !== 'offline') liveStatus.value = 'reconnecting';
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

/** Marks the live link as given up (a subscription failed for good): the indicator offers to reconnect. */
export function markLiveLinkDown() {
  liveStatus.value = 'offline';
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
    Query: { fields: { contributions: replaceList } },
    Plan: { fields: { orientations: replaceList, bodies: replaceList } },
    Orientation: { fields: { actions: replaceList } },
    Action: { fields: { partners: replaceList } },
    GovernanceBody: { fields: { memberships: replaceList, meetings: replaceList, cadence: replaceList, backlog: replaceList } },
    Person: { fields: { memberships: replaceList } },
    Meeting: {
      fields: {
        publications: replaceList,
        agenda: replaceList,
        attendances: replaceList,
        decisions: replaceList,
        minutesHistory: replaceList,
        quorum: replaceList,
        contributions: replaceList,
        polls: replaceList,
        timer: replaceList,
      },
    },
    AgendaItem: { fields: { children: replaceList, links: replaceList } },
    Contribution: { fields: { replies: replaceList, reactions: replaceList } },
    Poll: { fields: { options: replaceList, tally: replaceList, myVotes: replaceList, ballots: replaceList, objections: replaceList } },
    // Option ids are "1", "2"… within each poll: they belong to their poll, not to the cache at large.
    PollOption: { keyFields: false },
  },
});

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([sessionLink, split(isSubscription, liveLink, httpLink)]),
  cache,
  defaultOptions: {
    watchQuery: { errorPolicy: 'none' },
  },
});
