import { recordActivity } from '@/lib/activity/record';
import { codeTime } from '@/lib/clock';
import { i18n } from '@/lib/i18n';
import { sendToTab, UserFacingError, type CodeForPage, type VerifiedSender } from '@/lib/messaging';
import { displayName, generateCode, msUntilNextCode } from '@/lib/otp';
import { portalForUrl, portalImitatedBy } from '@/lib/portals';
import { readSettings } from '@/lib/settings';
import { bindingAllows, canonicalOrigin } from '@/lib/sites';
import { fillTrigger, signInName, type FillTrigger } from '@/lib/storage';
import { takeRecoveryCode } from '@/lib/recovery/take';
import { noteFilled, tabOrigin } from '@/lib/tab-status';
import { currentDataKey, readUsableAccounts, takeHotpCode, vaultDb, type VaultAccount } from '@/lib/vault';

const TRIGGER_TTL_MS = 15_000;
/** A code with less time than this left may expire before the site checks it. */
const MIN_CODE_LIFE_MS = 3_000;

/** The gesture recorded for this tab, used once. */
export async function takeTrigger(tabId: number, now = Date.now()): Promise<FillTrigger | null> {
  const trigger = await fillTrigger.take(tabId);
  return trigger && now - trigger.at <= TRIGGER_TTL_MS ? trigger : null;
}

function noAccountMessage(origin: string): string {
  const host = new URL(origin).host;
  const imitated = portalImitatedBy(host);
  if (imitated) return i18n.t('fill.imitates', [host, imitated.name]);
  return i18n.t('fill.noAccount', [host]);
}

async function chooseAccount(origin: string, accountId: string | undefined): Promise<VaultAccount> {
  const key = await currentDataKey();
  const candidates = (await readUsableAccounts(await vaultDb(), key)).filter((a) =>
    bindingAllows(a.bindings, origin),
  );
  if (accountId) {
    const chosen = candidates.find((a) => a.id === accountId);
    if (!chosen) throw new UserFacingError(noAccountMessage(origin));
    return chosen;
  }
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) throw new UserFacingError(noAccountMessage(origin));
  // Several accounts: the one whose name was typed on this site's sign-in form.
  const typed = (await signInName.get(origin))?.toLowerCase();
  const named = candidates.filter((a) => typed && a.account.account.toLowerCase() === typed);
  if (named.length === 1) return named[0]!;
  throw new UserFacingError(i18n.t('fill.several'));
}

/** Tells the frame that asked that its code is held back for a moment (it says so on the page). */
function sayNextCodeIn(sender: VerifiedSender, ms: number): void {
  const options = {
    frameId: sender.frameId ?? 0,
    ...(sender.documentId && { documentId: sender.documentId }),
  };
  void sendToTab(sender.tabId!, 'page.nextCodeIn', { ms }, options);
}

async function freshCode(account: VaultAccount, onWait: (ms: number) => void): Promise<string> {
  // A counter-based code is used up once filled: the counter moves on before it leaves.
  if (account.account.kind === 'hotp')
    return takeHotpCode(await vaultDb(), await currentDataKey(), account.id);
  let at = await codeTime();
  if (account.account.kind === 'totp' && msUntilNextCode(account.account.period, at) < MIN_CODE_LIFE_MS) {
    const wait = msUntilNextCode(account.account.period, at) + 50;
    onWait(wait);
    await new Promise((r) => setTimeout(r, wait));
    at = await codeTime();
  }
  return generateCode(account.account, at);
}

const changed = () => i18n.t('fill.changed');

/** The asking document must be one the tab had when the person asked (where the browser names documents). */
function isPinned(sender: VerifiedSender, trigger: FillTrigger): boolean {
  if (!sender.documentId || !trigger.documents?.length) return true; // Firefox: pinned by origin alone
  return trigger.documents.some((d) => d.documentId === sender.documentId && d.frameId === sender.frameId);
}

/**
 * Decides whether a frame gets a code, using only what the browser says about it: a gesture
 * on that tab, a document that was there when the person asked, the same https origin as the
 * tab then and now (no cross-origin or sandboxed frames), and an account bound to that origin.
 * Checked again just before the code is handed over, so a redirect in between gets nothing.
 */
export async function answerFill(sender: VerifiedSender, trigger: FillTrigger | null): Promise<CodeForPage> {
  const tabId = sender.tabId!;
  if (!trigger) throw new UserFacingError(i18n.t('fill.onlyWhenAsked'));
  const origin = canonicalOrigin(sender.origin);
  if (!origin || !origin.startsWith('https://')) throw new UserFacingError(i18n.t('fill.insecure'));
  const top = await tabOrigin(tabId);
  if (!isPinned(sender, trigger) || top === null || trigger.origin !== top)
    throw new UserFacingError(changed());
  if (origin !== top) throw new UserFacingError(i18n.t('fill.otherSiteFrame'));

  const account = trigger.code === undefined ? await chooseAccount(origin, trigger.accountId) : null;
  const code =
    trigger.code ??
    (trigger.recovery
      ? await takeRecoveryCode(await vaultDb(), await currentDataKey(), account!.id)
      : await freshCode(account!, (ms) => sayNextCodeIn(sender, ms)));
  if ((await tabOrigin(tabId)) !== top) throw new UserFacingError(changed());
  // A code made from the clock: if the site says it is wrong, the clock may be why (popup).
  if (account?.account.kind === 'totp' && !trigger.recovery) await noteFilled(tabId);
  // Written beside the answer, not before it: the record never holds a code up (and never fails it).
  void recordActivity({
    kind: trigger.recovery ? 'recoveryUsed' : 'filled',
    ...(account && { accountId: account.id, account: displayName(account.account) }),
    site: new URL(origin).host,
    door: trigger.door,
    ...(trigger.codeFrom && {
      detail: i18n.t(trigger.codeFrom === 'arrived' ? 'activity.fromArrived' : 'activity.fromTyped'),
    }),
  });
  const settings = await readSettings();
  const portal = portalForUrl(sender.url);
  return {
    code,
    tickRemember: portal !== undefined && settings.rememberOn.includes(portal.id),
    autoSubmit: settings.autoSubmitOn.includes(origin),
  };
}
