import type { PageKind, TabStatus } from '@/lib/detect/types';
import { shape, isInt, isString, optional } from '@/lib/messaging';
import { portalForUrl } from '@/lib/portals';
import { readSettings, signInNames, tabStatuses } from '@/lib/storage';
import { canonicalOrigin } from '@/lib/sites';
import { accountsBoundTo, showBadge } from './badge';
import type { HandlerGroup } from './context';
import { answerFill, takeTrigger } from './fill-request';
import { triggerFill } from './fill-trigger';
import { followPortalPage, noteChallengeSubmitted, notePasswordChanged, trustOverview } from './trust';

const PAGE_KINDS: readonly PageKind[] = ['sign-in', 'challenge', 'enrollment', 'none'];

function emptyStatus(): TabStatus {
  return { origin: null, portalId: null, kind: 'none', deliveries: [] };
}

/** The portal of a page, unless the practice's policy turned the extension off for it. */
function enabledPortal(url: string, enabledPortals: string[] | null) {
  const portal = portalForUrl(url);
  return portal && (!enabledPortals || enabledPortals.includes(portal.id)) ? portal : undefined;
}

export const tabHandlers: HandlerGroup<'page.report' | 'tab.status' | 'fill.request' | 'fill.fromButton' | 'fill.trigger' | 'signin.seen' | 'challenge.submitted' | 'password.changed' | 'trust.overview'> = {
  'challenge.submitted': {
    allow: ['content-script'],
    validate: shape({ remember: (v) => typeof v === 'boolean' }),
    async handle({ remember }, sender) {
      if (sender.frameId === 0 && portalForUrl(sender.url)) await noteChallengeSubmitted(sender.tabId!, remember);
      return { ok: true };
    },
  },
  'password.changed': {
    allow: ['content-script'],
    validate: shape({}),
    async handle(_req, sender) {
      const portal = portalForUrl(sender.url);
      if (portal) await notePasswordChanged(portal.id);
      return { ok: true };
    },
  },
  'trust.overview': { allow: ['extension-page'], validate: shape({}), handle: trustOverview },
  'page.report': {
    allow: ['content-script'],
    validate: shape({ kind: (k) => PAGE_KINDS.includes(k as PageKind) }),
    // Runs on every portal page load and view change: read each thing once.
    async handle(report, sender) {
      // Only the top frame describes the tab (it looks into its same-origin frames itself).
      if (sender.frameId !== 0) return { offerButton: false, banner: null };
      const tabId = sender.tabId!;
      const settings = await readSettings();
      const portal = enabledPortal(sender.url, settings.enabledPortals);
      const bound = await accountsBoundTo(sender.origin);
      const all = await tabStatuses.getValue();
      const previous = all[tabId];
      all[tabId] = { origin: sender.origin, portalId: portal?.id ?? null, kind: report.kind, deliveries: portal ? [...portal.deliveries] : [], incognito: sender.incognito ?? false, refusal: previous?.origin === sender.origin ? previous.refusal : undefined };
      await tabStatuses.setValue(all);
      await showBadge(tabId, all[tabId]!, bound);
      const banner = portal ? await followPortalPage(tabId, portal, sender.origin, report.kind, sender.incognito ?? false, bound) : null;
      // The in-page button only where a code can really be filled: https, with an account.
      const isCodeStep = report.kind === 'challenge' || report.kind === 'enrollment';
      return { offerButton: isCodeStep && sender.origin.startsWith('https://') && settings.inPageButton && bound > 0, banner };
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
  'signin.seen': {
    allow: ['content-script'],
    validate: shape({ username: isString(256) }),
    async handle({ username }, sender) {
      const origin = canonicalOrigin(sender.origin);
      if (origin) await signInNames.setValue({ ...(await signInNames.getValue()), [origin]: username });
      return { ok: true };
    },
  },
  'fill.trigger': {
    allow: ['extension-page'],
    validate: shape({ tabId: isInt, accountId: optional(isString(64)), code: optional(isString(64)) }),
    handle: ({ tabId, accountId, code }) => triggerFill(tabId, accountId, code),
  },
};
