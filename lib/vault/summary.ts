import { generateCode, msUntilNextCode } from '@/lib/otp';
import { bindingAllows } from '@/lib/sites/binding';
import type { AccountSummary } from '@/lib/messaging/types';
import type { UnreadableAccount, VaultAccount } from './accounts';

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
  };
}

/** Accounts for this site first, then the person's own order. */
export function summarizeAll(
  entries: (VaultAccount | UnreadableAccount)[],
  now: number,
  tabOrigin: string | null,
) {
  const readable = entries.filter((e): e is VaultAccount => !('unreadable' in e));
  const accounts = readable.map((e) => summarize(e, now, tabOrigin));
  accounts.sort((a, b) => Number(b.forThisSite) - Number(a.forThisSite));
  return { accounts, unreadable: entries.length - readable.length };
}
