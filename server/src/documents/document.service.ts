import * as Y from 'yjs';
import type { Context } from '../app/context';
import { forbidden } from '../app/errors';
import { MemberRole } from '../bodies/membership.entity';
import { decodeStateVector, decodeUpdate, relayedAwareness, toBase64 } from './document-codec';
import { type DocumentMessage, documentHub, type DocumentHub } from './document-hub';
import { type DocumentKey, keyString } from './document-kind';
import type { DocumentTarget } from './document-targets';
import { resolveTarget } from './document-targets';
import type { DocumentAwarenessArgs, DocumentUpdatesArgs, PushAwarenessInput, PushDocumentUpdateInput } from './document.inputs';
import { DocumentAwarenessEvent, DocumentUpdateEvent, SharedDocument } from './document.types';
import type { AwarenessNotice } from './awareness-relay';
import { endable } from './live-queue';

const toEvent = (message: DocumentMessage, sync = false, stateVector: Uint8Array | null = null) =>
  Object.assign(new DocumentUpdateEvent(), {
    seq: message.seq,
    update: toBase64(message.update),
    sync,
    stateVector: stateVector && toBase64(stateVector),
    clientIds: message.clientIds,
  });

/** Co-edited texts: loading, pushing updates and awareness, following them live. */
export class DocumentService {
  constructor(private readonly context: Context) {}

  /** The document, created from the record's text the first time; readers of the record only. */
  async open(key: DocumentKey) {
    const { target, hub } = await this.opened(key);
    const state = await hub.store.state(target);
    return Object.assign(new SharedDocument(), {
      kind: target.kind,
      entityId: target.entityId,
      state: toBase64(state.state),
      stateVector: toBase64(state.stateVector),
      seq: state.seq,
      text: state.text,
      maxLength: target.maxLength,
      target,
    });
  }

  /** Members other than observers may propose amendments; admins too. */
  async canSuggest(target: DocumentTarget) {
    if (this.context.access.isAdmin) return true;
    return (await this.context.access.activeRoles()).some((role) => role.planId === target.planId && role.role !== MemberRole.OBSERVER);
  }

  /** Stores an update, merged with the others pushed in the same moment; whoever may edit the record. */
  async push(input: PushDocumentUpdateInput) {
    const viewer = this.context.access.requireViewer();
    const { target, hub } = await this.opened({ kind: input.documentKind, entityId: input.entityId }, true);
    const update = decodeUpdate(input.update);
    return { seq: await hub.batcher.push(target, update, input.clientId, viewer.id) };
  }

  /** The document's updates: first what the subscriber misses (after `after`, or against its state vector), then live. */
  async updates(args: DocumentUpdatesArgs): Promise<AsyncIterable<DocumentUpdateEvent>> {
    const viewer = this.context.access.requireViewer();
    const clientVector = args.stateVector ? decodeStateVector(args.stateVector) : null;
    const { target, hub } = await this.opened(args);
    const queue = await hub.follow(target);
    let first: DocumentUpdateEvent;
    try {
      first = await this.catchUp(hub, target, args.after ?? null, clientVector);
    } catch (error) {
      queue.end();
      throw error;
    }
    const stillAllowed = () => this.stillAllowed(hub, target, viewer.id);
    const stream = (async function* () {
      try {
        yield first;
        let last = first.seq;
        for await (const message of queue) {
          if (message.seq <= last) continue;
          if (!(await stillAllowed())) return;
          if (!message.whole && message.seq > last + 1) {
            const missed = await hub.store.updatesAfter(target, last, message.seq - 1);
            const whole = missed ? null : await hub.store.state(target);
            if (whole) {
              yield toEvent({ seq: whole.seq, update: whole.state, clientIds: [], whole: true });
              last = whole.seq;
              if (message.seq <= last) continue;
            }
            for (const update of missed ?? []) yield toEvent({ ...update, whole: false });
          }
          last = message.seq;
          yield toEvent(message);
        }
      } finally {
        queue.end();
      }
    })();
    return endable(stream, queue);
  }

  /** Relays a client's caret and name to the document's other readers; never stored. */
  async pushAwareness(input: PushAwarenessInput) {
    const viewer = this.context.access.requireViewer();
    const target = await resolveTarget(this.context, { kind: input.documentKind, entityId: input.entityId });
    const update = relayedAwareness(input.update, input.clientId, viewer);
    const hub = await documentHub(this.context.app);
    hub.awareness.push(keyString(target), { c: input.clientId, p: viewer.id, n: viewer.displayName, u: update });
    return true;
  }

  async awareness(args: DocumentAwarenessArgs): Promise<AsyncIterable<DocumentAwarenessEvent>> {
    const viewer = this.context.access.requireViewer();
    const target = await resolveTarget(this.context, args);
    const hub = await documentHub(this.context.app);
    const key = keyString(target);
    const own = args.clientId ?? null;
    const queue = hub.awareness.follow(key, () => {
      if (own) hub.awareness.left(key, own);
    });
    const stillAllowed = () => this.stillAllowed(hub, target, viewer.id);
    const stream = (async function* () {
      try {
        for await (const notice of queue) {
          if (!(await stillAllowed())) return;
          const event = toAwarenessEvent(notice, own);
          if (event.updates.length > 0 || event.leftClientIds.length > 0) yield event;
        }
      } finally {
        queue.end();
      }
    })();
    return endable(stream, queue);
  }

  /** The document, checked for reading (and for editing: the record's state is checked when the update is stored). */
  private async opened(key: DocumentKey, forEditing = false) {
    const target = await resolveTarget(this.context, key);
    const hub = await documentHub(this.context.app);
    if (forEditing) {
      if (!(await target.mayEdit(this.context.access))) {
        throw forbidden('Vous ne pouvez pas modifier ce texte : proposez plutôt un amendement.');
      }
      await hub.store.ensure(target);
    } else {
      await hub.store.open(target);
    }
    return { target, hub };
  }

  private async catchUp(hub: DocumentHub, target: DocumentTarget, after: number | null, clientVector: Uint8Array | null) {
    const state = await hub.store.state(target);
    let update = state.state;
    if (clientVector) {
      update = Y.diffUpdate(state.state, clientVector);
    } else if (after !== null && after >= 0 && after <= state.seq) {
      const missed = await hub.store.updatesAfter(target, after, state.seq);
      if (missed) update = Y.mergeUpdates(missed.map((stored) => stored.update));
    }
    return toEvent({ seq: state.seq, update, clientIds: [], whole: false }, true, state.stateVector);
  }

  /** A revoked session, or someone who left the plan's bodies, stops receiving. */
  private async stillAllowed(hub: DocumentHub, target: DocumentTarget, personId: string) {
    const session = this.context.session;
    if (session && !(await this.context.app.sessions.isValid(session.id))) return false;
    return hub.mayRead(target, personId);
  }
}

function toAwarenessEvent(notice: AwarenessNotice, own: string | null) {
  return Object.assign(new DocumentAwarenessEvent(), {
    updates: notice.m
      .filter((entry) => entry.c !== own)
      .map((entry) => ({ clientId: entry.c, personId: entry.p, displayName: entry.n, update: entry.u })),
    leftClientIds: (notice.l ?? []).filter((client) => client !== own),
  });
}
