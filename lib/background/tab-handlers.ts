import type { PageKind, TabStatus } from '@/lib/detect/types';
import { shape, isInt, isString, optional } from '@/lib/messaging';
import { portalForUrl } from '@/lib/portals';
import { tabStatuses } from '@/lib/storage';
import { showBadge } from './badge';
import type { HandlerGroup } from './context';
import { answerFillRequest } from './fill-request';
import { triggerFill } from './fill-trigger';

const PAGE_KINDS: readonly PageKind[] = ['sign-in', 'challenge', 'enrollment', 'none'];

function emptyStatus(): TabStatus {
  return { origin: null, portalId: null, kind: 'none', deliveries: [] };
}

export const tabHandlers: HandlerGroup<'page.report' | 'tab.status' | 'fill.request' | 'fill.trigger'> = {
  'page.report': {
    allow: ['content-script'],
    validate: shape({ kind: (k) => PAGE_KINDS.includes(k as PageKind) }),
    async handle(report, sender) {
      const tabId = sender.tabId!;
      const all = await tabStatuses.getValue();
      const previous = all[tabId];
      const portal = portalForUrl(sender.url);
      if (sender.frameId === 0) {
        all[tabId] = { origin: sender.origin, portalId: portal?.id ?? null, kind: report.kind, deliveries: portal ? [...portal.deliveries] : [], refusal: previous?.origin === sender.origin ? previous.refusal : undefined };
      } else if (previous && previous.origin === sender.origin && report.kind === 'challenge') {
        // A same-origin frame holding the code step (a challenge inside an iframe).
        all[tabId] = { ...previous, kind: 'challenge' };
      } else {
        return { ok: true }; // other sites' frames never describe the tab
      }
      await tabStatuses.setValue(all);
      await showBadge(tabId, all[tabId]!);
      return { ok: true };
    },
  },
  'tab.status': {
    allow: ['extension-page'],
    validate: shape({ tabId: isInt }),
    async handle({ tabId }) {
      return (await tabStatuses.getValue())[tabId] ?? emptyStatus();
    },
  },
  'fill.request': {
    allow: ['content-script'],
    validate: shape({ boxes: isInt }),
    handle: (_req, sender) => answerFillRequest(sender),
  },
  'fill.trigger': {
    allow: ['extension-page'],
    validate: shape({ tabId: isInt, accountId: optional(isString(64)) }),
    handle: ({ tabId, accountId }) => triggerFill(tabId, accountId),
  },
};
