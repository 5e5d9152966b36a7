import { UserFacingError, type CodeForPage, type VerifiedSender } from '@/lib/messaging';
import { generateCode, msUntilNextCode } from '@/lib/otp';
import { portalForUrl, portalImitatedBy } from '@/lib/portals';
import { readSettings } from '@/lib/settings';
import { bindingAllows, canonicalOrigin } from '@/lib/sites';
import { fillTrigger, signInName, type FillTrigger } from '@/lib/storage';
import { tabOrigin } from '@/lib/tab-status';
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
  if (imitated)
    return `This site (${host}) is not ${imitated.name}; its address only contains the name. Nothing was filled. Do not type your code here.`;
  return `No account in your vault is set up for ${host}. Nothing was filled.`;
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
  throw new UserFacingError(
    'Several accounts fit this site. Open the popup and press Fill on the one to use.',
  );
}

async function freshCode(account: VaultAccount): Promise<string> {
  // A counter-based code is used up once filled: the counter moves on before it leaves.
  if (account.account.kind === 'hotp')
    return takeHotpCode(await vaultDb(), await currentDataKey(), account.id);
  let at = Date.now();
  if (account.account.kind === 'totp' && msUntilNextCode(account.account.period, at) < MIN_CODE_LIFE_MS) {
    await new Promise((r) => setTimeout(r, msUntilNextCode(account.account.period, at) + 50));
    at = Date.now();
  }
  return generateCode(account.account, at);
}

const CHANGED = 'The page changed before the code could be filled. Nothing was filled.';

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
  if (!trigger)
    throw new UserFacingError(
      'Codes are filled only when you ask: press the shortcut, use the menu, or the popup.',
    );
  const origin = canonicalOrigin(sender.origin);
  if (!origin || !origin.startsWith('https://'))
    throw new UserFacingError('Codes are never filled into insecure (http) or sandboxed pages.');
  const top = await tabOrigin(tabId);
  if (!isPinned(sender, trigger) || top === null || trigger.origin !== top)
    throw new UserFacingError(CHANGED);
  if (origin !== top)
    throw new UserFacingError('The code field is inside a frame from another site. Nothing was filled.');

  const code = trigger.code ?? (await freshCode(await chooseAccount(origin, trigger.accountId)));
  if ((await tabOrigin(tabId)) !== top) throw new UserFacingError(CHANGED);
  const settings = await readSettings();
  const portal = portalForUrl(sender.url);
  return {
    code,
    tickRemember: portal !== undefined && settings.rememberOn.includes(portal.id),
    autoSubmit: settings.autoSubmitOn.includes(origin),
  };
}
