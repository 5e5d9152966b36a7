import { generateCode, msUntilNextCode } from '@/lib/otp';
import { leftOf } from '@/lib/recovery/codes';
import { bindingAllows } from '@/lib/sites/binding';
import type { AccountSummary } from '@/lib/messaging/types';
import { readAccountsById, type UnreadableAccount, type VaultAccount } from './accounts';
import type { VaultDb } from './db';
import { outlineOf } from './outline';

export function summarize(entry: VaultAccount, now: number, tabOrigin: string | null): AccountSummary {
  const { account } = entry;
  const msLeft = account.kind === 'totp' ? msUntilNextCode(account.period, now) : null;
  return {
    id: entry.id,
    issuer: account.issuer,
    account: account.account,
    kind: account.kind,
    digits: account.digits,
    period: account.period,
    code: generateCode(account, now),
    nextCode: msLeft === null ? null : generateCode(account, now + msLeft),
    msLeft,
    bindings: entry.bindings,
    forThisSite: tabOrigin !== null && bindingAllows(entry.bindings, tabOrigin),
    recoveryLeft: leftOf(entry.recovery),
  };
}

/**
 * Accounts for this site first (the one whose name was typed at this site's sign-in first of
 * them: the likely one, as the shortcut picks it), then the person's own order.
 */
export function summarizeAll(
  entries: (VaultAccount | UnreadableAccount)[],
  now: number,
  tabOrigin: string | null,
  typedName?: string,
) {
  const readable = entries.filter((e): e is VaultAccount => !('unreadable' in e));
  const accounts = readable.map((e) => summarize(e, now, tabOrigin));
  const typed = typedName?.toLowerCase();
  const rank = (a: AccountSummary) =>
    a.forThisSite ? (typed && a.account.toLowerCase() === typed ? 2 : 1) : 0;
  accounts.sort((a, b) => rank(b) - rank(a));
  return { accounts, unreadable: entries.length - readable.length };
}

/**
 * What a popup draws before the rest: every account for this site (the first card's), then the
 * first `count` of the others in the person's order. Chosen from what is not sealed, so only
 * these are opened and their codes made; `more` says the popup should ask for the rest.
 */
export async function readFirstLook(db: VaultDb, key: CryptoKey, tabOrigin: string | null, count: number) {
  const outline = await outlineOf(db);
  let others = 0;
  const chosen = outline.filter(
    (o) => (tabOrigin !== null && bindingAllows(o.bindings, tabOrigin)) || others++ < count,
  );
  const entries = await readAccountsById(
    db,
    key,
    chosen.map((o) => o.id),
  );
  return { entries, more: chosen.length < outline.length };
}
