import type { Context } from './context';

/**
 * A topic's events for one WebSocket subscriber: replayed after `after`, then live, each one
 * checked against the subscriber's session and read rights when it is delivered. The fan-out
 * sends them (app/fanout): what the subscription's resolver returns for an event is computed
 * once for every subscriber entitled to the same payload.
 */
export function liveStream(context: Context, topic: string, after: number | null) {
  context.access.requireViewer();
  if (!context.subscriber) throw new Error('Live subscriptions are served over WebSocket only.');
  return context.app.fanout.join(topic, context.subscriber, after);
}
