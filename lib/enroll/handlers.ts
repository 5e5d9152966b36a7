import { isBoolean, isInt, isString, optional, shape, type HandlerGroup } from '@/lib/messaging';
import { tabOrigin } from '@/lib/tab-status';
import { addFound, undoReplace } from './add-found';
import { areaDrawn, askForArea } from './area';
import { forgetScan, IMAGE_KEY, pendingReport } from './pending';
import { scanImage, scanTab } from './scan';

const own = ['extension-page'] as const;
const tab = shape<{ tabId: number }>({ tabId: isInt });

export const enrollHandlers: HandlerGroup<
  | 'qr.scanTab'
  | 'qr.pending'
  | 'qr.add'
  | 'qr.undoReplace'
  | 'qr.dismiss'
  | 'qr.selectArea'
  | 'qr.areaSelected'
  | 'qr.scanImage'
> = {
  'qr.scanTab': { allow: own, validate: tab, handle: ({ tabId }) => scanTab(tabId) },
  'qr.pending': { allow: own, validate: tab, handle: ({ tabId }) => pendingReport(tabId) },
  'qr.dismiss': {
    allow: own,
    validate: tab,
    handle: async ({ tabId }) => {
      await forgetScan(tabId);
      return { ok: true };
    },
  },
  'qr.add': {
    allow: own,
    validate: shape({
      tabId: isInt,
      index: isInt,
      replaceId: optional(isString(64)),
      anyway: optional(isBoolean),
    }),
    handle: ({ tabId, index, replaceId, anyway }) => addFound(tabId, index, { replaceId, anyway }),
  },
  'qr.undoReplace': {
    allow: own,
    validate: shape({ addedId: isString(64), replacedId: isString(64) }),
    handle: ({ addedId, replacedId }) => undoReplace(addedId, replacedId),
  },
  'qr.selectArea': { allow: own, validate: tab, handle: ({ tabId }) => askForArea(tabId) },
  'qr.areaSelected': {
    allow: ['content-script'],
    validate: shape({ x: isInt, y: isInt, width: isInt, height: isInt }),
    handle: areaDrawn,
  },
  'qr.scanImage': {
    allow: own,
    validate: shape({ dataUrl: isString(15 * 1024 * 1024), tabId: optional(isInt) }),
    async handle({ dataUrl, tabId }) {
      const origin = tabId === undefined ? null : await tabOrigin(tabId);
      return scanImage(tabId ?? IMAGE_KEY, dataUrl, origin);
    },
  },
};
