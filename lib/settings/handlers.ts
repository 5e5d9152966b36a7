import { SOURCE_IDS } from '@/lib/sent-codes/sources';
import { arrayOf, isIntIn, optional, shape, type HandlerGroup } from '@/lib/messaging';
import { PORTALS } from '@/lib/portals';
import { canonicalOrigin } from '@/lib/sites';
import { changeSettings, readSettings } from './read';

const own = ['extension-page'] as const;
const isOrigins = arrayOf((o) => typeof o === 'string' && canonicalOrigin(o) === o, 500);
const isPortalIds = arrayOf((id) => PORTALS.some((p) => p.id === id), 20);

export const settingsHandlers: HandlerGroup<'settings.get' | 'settings.update'> = {
  'settings.get': { allow: own, validate: shape({}), handle: readSettings },
  'settings.update': {
    allow: own,
    validate: shape({
      inPageButton: optional((v) => typeof v === 'boolean'),
      rememberOn: optional(isPortalIds),
      autoSubmitOn: optional(isOrigins),
      reminderDays: optional(isIntIn(1, 60)),
      activityDays: optional(isIntIn(1, 3660)),
      passwordIntervalDays: optional(isIntIn(7, 730)),
      codeSources: optional(arrayOf((v) => typeof v === 'string' && SOURCE_IDS.includes(v), 3)),
      fillArrivedCodes: optional((v) => typeof v === 'boolean'),
    }),
    async handle(change) {
      await changeSettings(change);
      return readSettings();
    },
  },
};
