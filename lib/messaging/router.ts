import type { Runtime } from 'webextension-polyfill';
import { UserFacingError } from './errors';
import type { MessageName, Protocol, Reply, RequestOf, ResponseOf } from './protocol';
import { verifySender, type Caller, type Self, type VerifiedSender } from './sender';

export interface Handler<N extends MessageName> {
  /** Who may send this message. Privileged ones are 'extension-page' only. */
  allow: readonly Caller[];
  /** Rejects a request body of the wrong shape before it reaches handle(). */
  validate?: (request: unknown) => request is RequestOf<N>;
  handle: (request: RequestOf<N>, sender: VerifiedSender) => Promise<ResponseOf<N>> | ResponseOf<N>;
}

export type Handlers = { [N in MessageName]: Handler<N> };

function isEnvelope(message: unknown): message is { name: string; request: unknown } {
  return typeof message === 'object' && message !== null && typeof (message as { name?: unknown }).name === 'string';
}

/**
 * The single entry for every message. Returns undefined (no answer at all) for messages
 * that are not ours to answer, so a foreign sender learns nothing.
 */
export function createRouter(handlers: Handlers, self: Self) {
  return async (message: unknown, rawSender: Runtime.MessageSender): Promise<Reply | undefined> => {
    const sender = verifySender(rawSender, self);
    if (!sender || !isEnvelope(message) || !Object.hasOwn(handlers, message.name)) return undefined;
    const handler = handlers[message.name as MessageName] as Handler<MessageName>;
    if (!handler.allow.includes(sender.caller)) return undefined;
    if (handler.validate && !handler.validate(message.request)) {
      return { ok: false, error: 'The request was not understood.' };
    }
    try {
      const value = await handler.handle(message.request as RequestOf<MessageName>, sender);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof UserFacingError) return { ok: false, error: error.message };
      console.error(`[${message.name}]`, error);
      return { ok: false, error: 'Something went wrong inside the extension. Please try again.' };
    }
  };
}

export type { Protocol };
