import { isServer, type ReactiveControllerHost } from 'lit';
import { ContextConsumer, type Context } from '@lit/context';

/**
 * A subscribing ContextConsumer that asks again whenever a provider of its
 * context connects while it has no answer. Its first request can go unheard:
 * a `<story-provider>` subclass defined after the widgets inside it, or a
 * provider in a shadow root drawn after the widgets slotted into it
 * (lit#4618). Lit's ContextRoot would replay such requests from the
 * document, but keeps weak references to every request to do so: asking
 * again from the consumer is about 200 bytes gzip less in the script-tag
 * bundle, and needs nothing shared between two copies of the library.
 */
export function consume<C extends Context<unknown, unknown>, H extends ReactiveControllerHost & HTMLElement>(
  host: H,
  context: C,
): ContextConsumer<C, H> {
  let answered = false;
  const consumer = new ContextConsumer(host, { context, subscribe: true, callback: () => (answered = true) });
  // A `context-provider` event (ContextProviderEvent, which the package does not export from its index).
  const retry = (event: Event & { context?: unknown }) => {
    if (!answered && event.context === context) consumer.hostConnected();
  };
  // Added after the consumer: its request has been answered or not when this runs.
  host.addController({
    hostConnected: () => isServer || document.addEventListener('context-provider', retry),
    hostDisconnected: () => {
      answered = false;
      document.removeEventListener('context-provider', retry);
    },
  });
  return consumer;
}
