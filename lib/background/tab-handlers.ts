import type { PageKind, TabStatus } from '@/lib/detect/types';
import { shape, isInt } from '@/lib/messaging';
import { portalForUrl } from '@/lib/portals';
import { tabStatuses } from '@/lib/storage';
import type { HandlerGroup } from './context';

const PAGE_KINDS: readonly PageKind[] = ['sign-in', 'challenge', 'enrollment', 'none'];

function emptyStatus(): TabStatus {
  return { origin: null, portalId: null, kind: 'none', deliveries: [] };
}

export const tabHandlers: HandlerGroup<'page.report' | 'tab.status'> = {
  'page.report': {
    allow: ['content-script'],
    validate: shape({ kind: (k) => PAGE_KINDS.includes(k as PageKind) }),
    async handle(report, sender) {
      // Only the top frame describes the tab; frames are handled by the fill checks.
      if (sender.frameId !== 0 || sender.tabId === undefined) return { ok: true };
      const portal = portalForUrl(sender.url);
      const all = await tabStatuses.getValue();
      all[sender.tabId] = { origin: sender.origin, portalId: portal?.id ?? null, kind: report.kind, deliveries: portal ? [...portal.deliveries] : [] };
      await tabStatuses.setValue(all);
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
};
