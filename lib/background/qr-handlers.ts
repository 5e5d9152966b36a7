import { browser } from 'wxt/browser';
import type { ScanReport } from '@/lib/enroll';
import { classifyQrText } from '@/lib/enroll';
import { withoutDuplicates } from '@/lib/import';
import { isInt, isString, optional, shape, UserFacingError } from '@/lib/messaging';
import { areaRequests } from '@/lib/storage';
import { addAccounts, deleteAccount, readUsableAccounts } from '@/lib/vault';
import { withVault } from './account-handlers';
import { refreshBoundSites } from './bound-sites';
import { tabOrigin, type HandlerGroup } from './context';
import { forgetScan, pendingReport, pendingUri, scanArea, scanImage, scanTab } from './qr-scan';

const own = ['extension-page'] as const;
/** Pictures dropped into the popup are scanned under this key (no tab). */
export const IMAGE_KEY = -1;
const AREA_TTL_MS = 2 * 60_000;

/** A sentence for the in-page note after a box was drawn or an image was scanned. */
export function summarize(report: ScanReport): string {
  const first = report.findings[0];
  if (!first) return 'No QR code found there.';
  if (first.kind === 'account') return `Found ${first.issuer || first.account}. Open Second Factor Companion to add it.`;
  if (first.kind === 'batch') return `Found ${first.count} accounts. Open Second Factor Companion to add them.`;
  if (first.kind === 'broken') return `This setup code cannot be used: ${first.problem}`;
  return `This QR code is not a two-factor setup code (it is ${first.what}).`;
}

export const qrHandlers: HandlerGroup<'qr.scanTab' | 'qr.pending' | 'qr.add' | 'qr.dismiss' | 'qr.selectArea' | 'qr.areaSelected' | 'qr.scanImage'> = {
  'qr.scanTab': { allow: own, validate: shape({ tabId: isInt }), handle: ({ tabId }) => scanTab(tabId) },
  'qr.pending': { allow: own, validate: shape({ tabId: isInt }), handle: ({ tabId }) => pendingReport(tabId) },
  'qr.dismiss': { allow: own, validate: shape({ tabId: isInt }), handle: async ({ tabId }) => { await forgetScan(tabId); return { ok: true }; } },
  'qr.add': {
    allow: own,
    validate: shape({ tabId: isInt, index: isInt, replace: optional((v) => typeof v === 'boolean') }),
    handle: ({ tabId, index, replace }) => withVault(async (db, key) => {
      const { uri, origin } = await pendingUri(tabId, index);
      const finding = classifyQrText(uri);
      const existing = await readUsableAccounts(db, key);
      if (finding.kind === 'batch') {
        const fresh = withoutDuplicates(finding.accounts, existing.map((a) => a.account));
        await addAccounts(db, key, fresh.map((account) => ({ account, bindings: [] })));
        return { added: fresh.length, id: null, duplicate: fresh.length < finding.accounts.length };
      }
      if (finding.kind !== 'account') throw new UserFacingError('This QR code is not a two-factor setup code. Nothing was saved.');
      const same = existing.find((a) => a.account.secret === finding.account.secret && a.account.kind === finding.account.kind);
      if (same && !replace) return { added: 0, id: same.id, duplicate: true };
      // A site re-enrolling gives a new secret under the same name: "replace" swaps the old one out.
      const older = replace ? existing.filter((a) => a.id === same?.id || (a.account.issuer === finding.account.issuer && a.account.account === finding.account.account)) : [];
      const bindings = origin?.startsWith('https://') ? [{ kind: 'origin' as const, origin }] : [];
      const [id] = await addAccounts(db, key, [{ account: finding.account, bindings }]);
      for (const old of older) await deleteAccount(db, old.id);
      await refreshBoundSites();
      return { added: 1, id: id!, duplicate: false };
    }),
  },
  'qr.selectArea': {
    allow: own,
    validate: shape({ tabId: isInt }),
    async handle({ tabId }) {
      await areaRequests.setValue({ ...(await areaRequests.getValue()), [tabId]: Date.now() });
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/portal.js'] }).catch(() => undefined);
      await browser.tabs.sendMessage(tabId, { type: 'sfc.select-area' }, { frameId: 0 }).catch(() => {
        throw new UserFacingError('The extension cannot draw on this page.');
      });
      return { ok: true };
    },
  },
  'qr.areaSelected': {
    allow: ['content-script'],
    validate: shape({ x: isInt, y: isInt, width: isInt, height: isInt }),
    async handle(rect, sender) {
      const tabId = sender.tabId!;
      const asked = await areaRequests.getValue();
      const at = asked[tabId];
      delete asked[tabId];
      await areaRequests.setValue(asked);
      if (sender.frameId !== 0 || at === undefined || Date.now() - at > AREA_TTL_MS) throw new UserFacingError('Start the area selection from the extension first.');
      return { message: summarize(await scanArea(tabId, rect)) };
    },
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
