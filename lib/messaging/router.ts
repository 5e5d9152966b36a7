import { i18n } from '@/lib/i18n';
import type { Runtime } from 'webextension-polyfill';
import { UserFacingError } from './errors';
import type { BackgroundProtocol, Envelope, Reply, RequestOf, ResponseOf } from './protocol';
import { verifySender, type Caller, type Self, type VerifiedSender } from './sender';

export interface Handler<N extends keyof P, P = BackgroundProtocol> {
  /** Who may send this message. Privileged ones are 'extension-page' only. */
  allow: readonly Caller[];
  /** Rejects a request body of the wrong shape before it reaches handle(). */
  validate?: (request: unknown) => request is RequestOf<N, P>;
  /**
   * Decided at once, before anything else: false leaves the message to another receiver
   * (a tab's frames are all asked to fill; only the one with a code field answers).
   */
  answersHere?: () => boolean;
  handle: (request: RequestOf<N, P>, sender: VerifiedSender) => Promise<ResponseOf<N, P>> | ResponseOf<N, P>;
}

/** Handlers for some of a protocol's messages (one concept's share). */
export type HandlerGroup<K extends keyof P, P = BackgroundProtocol> = { [N in K]: Handler<N, P> };
/** Handlers for every message of a protocol (what a receiver's router is built from). */
export type Handlers<P = BackgroundProtocol> = { [N in keyof P]: Handler<N, P> };

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { name?: unknown }).name === 'string'
  );
}

async function answer<P>(
  handler: Handler<keyof P, P>,
  envelope: Envelope,
  sender: VerifiedSender,
): Promise<Reply> {
  try {
    const value = await handler.handle(envelope.request as RequestOf<keyof P, P>, sender);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof UserFacingError) return { ok: false, error: error.message };
    console.error(`[${envelope.name}]`, error);
    return { ok: false, error: i18n.t('messageError.internal') };
  }
}

/**
 * The single entry for every message a receiver takes. Returns undefined at once (no answer at
 * all) for messages that are not its to answer, so a foreign sender learns nothing and another
 * receiver may answer instead.
 */
export function createRouter<P>(handlers: Handlers<P>, self: Self) {
  return (message: unknown, rawSender: Runtime.MessageSender): Promise<Reply> | undefined => {
    const sender = verifySender(rawSender, self);
    if (!sender || !isEnvelope(message) || !Object.hasOwn(handlers, message.name)) return undefined;
    const handler = handlers[message.name as keyof P] as Handler<keyof P, P>;
    if (!handler.allow.includes(sender.caller)) return undefined;
    if (handler.answersHere && !handler.answersHere()) return undefined;
    if (handler.validate && !handler.validate(message.request)) {
      return Promise.resolve({ ok: false, error: i18n.t('messageError.notUnderstood') });
    }
    return answer(handler, message, sender);
  };
}
