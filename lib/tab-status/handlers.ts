import { isInt, shape, type HandlerGroup } from '@/lib/messaging';
import type { PageKind } from '@/lib/messaging/types';
import { pageReported, statusOf } from './report';

const PAGE_KINDS: readonly PageKind[] = ['sign-in', 'challenge', 'enrollment', 'none'];

export const tabStatusHandlers: HandlerGroup<'page.report' | 'tab.status'> = {
  'page.report': {
    allow: ['content-script'],
    validate: shape({
      kind: (k) => PAGE_KINDS.includes(k as PageKind),
      codeFrom: (c) => c === undefined || c === 'app' || c === 'message',
      recovery: (r) => r === undefined || r === 'box' || r === 'link',
      refused: (r) => r === undefined || r === true,
    }),
    handle: pageReported,
  },
  'tab.status': {
    allow: ['extension-page'],
    validate: shape({ tabId: isInt }),
    handle: ({ tabId }) => statusOf(tabId),
  },
};
