import { shape, type HandlerGroup } from '@/lib/messaging';
import { portalForUrl } from '@/lib/portals';
import { noteChallengeSubmitted, notePasswordChanged } from './follow';
import { trustOverview } from './overview';

export const trustHandlers: HandlerGroup<'challenge.submitted' | 'password.changed' | 'trust.overview'> = {
  'challenge.submitted': {
    allow: ['content-script'],
    validate: shape({ remember: (v) => typeof v === 'boolean' }),
    async handle({ remember }, sender) {
      if (sender.frameId === 0 && portalForUrl(sender.url))
        await noteChallengeSubmitted(sender.tabId!, remember);
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
};
