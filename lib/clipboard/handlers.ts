import { isString, optional, shape, type HandlerGroup } from '@/lib/messaging';
import { scheduleClipboardClear } from './clear';

export const clipboardHandlers: HandlerGroup<'clipboard.copied'> = {
  'clipboard.copied': {
    allow: ['extension-page'],
    validate: shape({ accountId: optional(isString(64)) }),
    async handle() {
      await scheduleClipboardClear();
      return { ok: true };
    },
  },
};
