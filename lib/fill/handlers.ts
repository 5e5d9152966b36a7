import {
  isInt,
  isString,
  isBoolean,
  optional,
  shape,
  type HandlerGroup,
  type VerifiedSender,
} from '@/lib/messaging';
import { readSettings } from '@/lib/settings';
import { canonicalOrigin } from '@/lib/sites';
import { buttonOffer, signInName } from '@/lib/storage';
import { arrivedCode, tabOrigin } from '@/lib/tab-status';
import { answerFill, takeTrigger } from './answer';
import { allowButtonFill } from './button';
import { triggerFill } from './trigger';

/**
 * The helper sends this after a trusted, unobstructed click on its own button; a page could
 * send it too, so it counts only for the document the button was offered to.
 */
async function fillFromButton(sender: VerifiedSender) {
  const tabId = sender.tabId!;
  const { inPageButton } = await readSettings();
  await buttonOffer.update(tabId, (offer) => ({
    ...offer!,
    fills: allowButtonFill(sender, offer, inPageButton, Date.now()),
  }));
  const documents = sender.documentId ? [{ frameId: 0, documentId: sender.documentId }] : undefined;
  // A code that arrived by email or text for this step, as the shortcut would fill it.
  const code = await arrivedCode(tabId);
  return answerFill(sender, {
    at: Date.now(),
    origin: await tabOrigin(tabId),
    documents,
    code,
    door: 'button',
    ...(code !== undefined && { codeFrom: 'arrived' as const }),
  });
}

type FillMessages = 'fill.request' | 'fill.fromButton' | 'fill.trigger' | 'signin.seen';

export const fillHandlers: HandlerGroup<FillMessages> = {
  'fill.request': {
    allow: ['content-script'],
    validate: shape({ boxes: isInt }),
    handle: async (_req, sender) => answerFill(sender, await takeTrigger(sender.tabId!)),
  },
  'fill.fromButton': {
    allow: ['content-script'],
    validate: shape({ boxes: isInt }),
    handle: (_req, sender) => fillFromButton(sender),
  },
  'fill.trigger': {
    allow: ['extension-page'],
    validate: shape({
      tabId: isInt,
      accountId: optional(isString(64)),
      code: optional(isString(64)),
      recovery: optional(isBoolean),
    }),
    handle: ({ tabId, accountId, code, recovery }) =>
      triggerFill(tabId, { accountId, typedCode: code, recovery, door: 'popup' }),
  },
  'signin.seen': {
    allow: ['content-script'],
    validate: shape({ username: isString(256) }),
    async handle({ username }, sender) {
      const origin = canonicalOrigin(sender.origin);
      if (origin) await signInName.set(origin, username);
      return { ok: true };
    },
  },
};
