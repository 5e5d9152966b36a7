import type { Handlers } from '@/lib/messaging';
import { portalForUrl } from '@/lib/portals';
import { tabStatuses } from '@/lib/storage';
import type { PageKind, TabStatus } from '@/lib/detect/types';

const PAGE_KINDS: readonly PageKind[] = ['sign-in', 'challenge', 'enrollment', 'none'];

function emptyStatus(): TabStatus {
  return { origin: null, portalId: null, kind: 'none', deliveries: [] };
}

export const handlers: Handlers = {
  'page.report': {
    allow: ['content-script'],
    validate: (r): r is { kind: PageKind } =>
      typeof r === 'object' && r !== null && PAGE_KINDS.includes((r as { kind: PageKind }).kind),
    async handle(report, sender) {
      // Only the top frame describes the tab; frames are handled by the fill checks.
      if (sender.frameId !== 0 || sender.tabId === undefined) return { ok: true };
      const portal = portalForUrl(sender.url);
      const all = await tabStatuses.getValue();
      all[sender.tabId] = {
        origin: sender.origin,
        portalId: portal?.id ?? null,
        kind: report.kind,
        deliveries: portal ? [...portal.deliveries] : [],
      };
      await tabStatuses.setValue(all);
      return { ok: true };
    },
  },
  'tab.status': {
    allow: ['extension-page'],
    validate: (r): r is { tabId: number } =>
      typeof r === 'object' && r !== null && Number.isInteger((r as { tabId: number }).tabId),
    async handle({ tabId }) {
      return (await tabStatuses.getValue())[tabId] ?? emptyStatus();
    },
  },
};
