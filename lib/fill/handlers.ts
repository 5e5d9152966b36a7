import { isInt, isString, optional, shape, type HandlerGroup } from '@/lib/messaging';
import { canonicalOrigin } from '@/lib/sites';
import { signInName } from '@/lib/storage';
import { answerFill, takeTrigger } from './answer';
import { triggerFill } from './trigger';

export const fillHandlers: HandlerGroup<'fill.request' | 'fill.fromButton' | 'fill.trigger' | 'signin.seen'> =
  {
    'fill.request': {
      allow: ['content-script'],
      validate: shape({ boxes: isInt }),
      handle: async (_req, sender) => answerFill(sender, await takeTrigger(sender.tabId!)),
    },
    'fill.fromButton': {
      allow: ['content-script'],
      validate: shape({ boxes: isInt }),
      // The helper only sends this after a trusted, unobstructed click on its own button.
      handle: async (_req, sender) => {
        if (sender.frameId !== 0) throw new Error('button fills are top-frame only');
        return answerFill(sender, { at: Date.now(), origin: canonicalOrigin(sender.origin) });
      },
    },
    'fill.trigger': {
      allow: ['extension-page'],
      validate: shape({ tabId: isInt, accountId: optional(isString(64)), code: optional(isString(64)) }),
      handle: ({ tabId, accountId, code }) => triggerFill(tabId, accountId, code),
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
