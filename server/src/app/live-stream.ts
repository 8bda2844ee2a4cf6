import { type Context, refreshContext } from './context';

/**
 * A topic's events for one subscriber: replayed after `after`, then live, each one checked
 * against the subscriber's rights and session when it is delivered.
 */
export function liveStream(context: Context, topic: string, after: number | null) {
  const viewer = context.access.requireViewer();
  const events = context.app.bus.subscribe(topic, after);
  return (async function* () {
    for await (const event of events) {
      // A revoked session or a deactivated account ends the subscription.
      if (!(await context.app.sessions.isValid(context.session!.id))) return;
      const readers = await context.app.readers.readersAt(topic, event.seq);
      if (!readers.has(viewer.id)) continue;
      refreshContext(context);
      yield event;
    }
  })();
}
