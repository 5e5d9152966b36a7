import { UserFacingError, type VerifiedSender } from '@/lib/messaging';
import { generateCode, msUntilNextCode } from '@/lib/otp';
import { portalImitatedBy } from '@/lib/portals';
import { bindingAllows, canonicalOrigin } from '@/lib/sites';
import { fillTriggers } from '@/lib/storage';
import { currentDataKey, readAccounts, type VaultAccount } from '@/lib/vault';
import { tabOrigin, vaultDb } from './context';

const TRIGGER_TTL_MS = 15_000;
/** A code with less time than this left may expire before the site checks it. */
const MIN_CODE_LIFE_MS = 3_000;

async function takeTrigger(tabId: number, now: number) {
  const all = await fillTriggers.getValue();
  const trigger = all[tabId];
  delete all[tabId];
  await fillTriggers.setValue(all);
  return trigger && now - trigger.at <= TRIGGER_TTL_MS ? trigger : null;
}

function noAccountMessage(origin: string): string {
  const host = new URL(origin).host;
  const imitated = portalImitatedBy(host);
  if (imitated) return `This site (${host}) is not ${imitated.name}; its address only contains the name. Nothing was filled. Do not type your code here.`;
  return `No account in your vault is set up for ${host}. Nothing was filled.`;
}

/**
 * Decides whether a frame gets a code, using only what the browser says about it: a recent
 * gesture on that tab, an https origin, the same origin as the tab (no cross-origin frames),
 * and an account bound to that origin. Checked again just before the code is handed over.
 */
export async function answerFillRequest(sender: VerifiedSender, now = Date.now()): Promise<{ code: string }> {
  const tabId = sender.tabId!;
  const trigger = await takeTrigger(tabId, now);
  if (!trigger) throw new UserFacingError('Codes are filled only when you ask: press the shortcut, use the menu, or the popup.');
  const origin = canonicalOrigin(sender.origin);
  if (!origin || !origin.startsWith('https://')) throw new UserFacingError('Codes are never filled into insecure (http) or sandboxed pages.');
  const top = await tabOrigin(tabId);
  if (sender.frameId !== 0 && origin !== top) throw new UserFacingError('The code field is inside a frame from another site. Nothing was filled.');

  const key = await currentDataKey();
  const candidates = (await readAccounts(await vaultDb(), key))
    .filter((a): a is VaultAccount => !('unreadable' in a) && bindingAllows(a.bindings, origin));
  const chosen = trigger.accountId ? candidates.find((a) => a.id === trigger.accountId) : candidates.length === 1 ? candidates[0] : undefined;
  if (!chosen) {
    if (trigger.accountId || candidates.length === 0) throw new UserFacingError(noAccountMessage(origin));
    throw new UserFacingError('Several accounts fit this site. Open the popup and press Fill on the one to use.');
  }
  let at = Date.now();
  if (chosen.account.kind === 'totp' && msUntilNextCode(chosen.account.period, at) < MIN_CODE_LIFE_MS) {
    await new Promise((r) => setTimeout(r, msUntilNextCode(chosen.account.period, at) + 50));
    at = Date.now();
  }
  // A redirect between the gesture and now must not receive the code.
  if (sender.frameId === 0 && (await tabOrigin(tabId)) !== origin) throw new UserFacingError('The page changed before the code could be filled. Nothing was filled.');
  return { code: generateCode(chosen.account, at) };
}
