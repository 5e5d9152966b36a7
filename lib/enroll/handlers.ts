import { isInt, isString, optional, shape, type HandlerGroup } from '@/lib/messaging';
import { tabOrigin } from '@/lib/tab-status';
import { addFound } from './add-found';
import { areaDrawn, askForArea } from './area';
import { forgetScan, IMAGE_KEY, pendingReport } from './pending';
import { scanImage, scanTab } from './scan';

const own = ['extension-page'] as const;
const tab = shape<{ tabId: number }>({ tabId: isInt });

export const enrollHandlers: HandlerGroup<
  'qr.scanTab' | 'qr.pending' | 'qr.add' | 'qr.dismiss' | 'qr.selectArea' | 'qr.areaSelected' | 'qr.scanImage'
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
    validate: shape({ tabId: isInt, index: isInt, replace: optional((v) => typeof v === 'boolean') }),
    handle: ({ tabId, index, replace }) => addFound(tabId, index, replace ?? false),
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
