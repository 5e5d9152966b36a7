import { withoutDuplicates } from '@/lib/import';
import { UserFacingError } from '@/lib/messaging';
import { refreshBoundSites } from '@/lib/sites';
import { addAccounts, deleteAccount, readUsableAccounts, withVault } from '@/lib/vault';
import { pendingUri } from './pending';
import { classifyQrText } from './qr-kind';

/** Saves what a scan found (one account bound to the scanned site, or a batch export). */
export function addFound(tabKey: number, index: number, replace: boolean) {
  return withVault(async (db, key) => {
    const { uri, origin } = await pendingUri(tabKey, index);
    const finding = classifyQrText(uri);
    const existing = await readUsableAccounts(db, key);
    if (finding.kind === 'batch') {
      const fresh = withoutDuplicates(
        finding.accounts,
        existing.map((a) => a.account),
      );
      await addAccounts(
        db,
        key,
        fresh.map((account) => ({ account, bindings: [] })),
      );
      return { added: fresh.length, id: null, duplicate: fresh.length < finding.accounts.length };
    }
    if (finding.kind !== 'account') {
      throw new UserFacingError('This QR code is not a two-factor setup code. Nothing was saved.');
    }
    const same = existing.find(
      (a) => a.account.secret === finding.account.secret && a.account.kind === finding.account.kind,
    );
    if (same && !replace) return { added: 0, id: same.id, duplicate: true };
    // A site re-enrolling gives a new secret under the same name: "replace" swaps the old one out.
    const older = replace
      ? existing.filter(
          (a) =>
            a.id === same?.id ||
            (a.account.issuer === finding.account.issuer && a.account.account === finding.account.account),
        )
      : [];
    const bindings = origin?.startsWith('https://') ? [{ kind: 'origin' as const, origin }] : [];
    const [id] = await addAccounts(db, key, [{ account: finding.account, bindings }]);
    for (const old of older) await deleteAccount(db, old.id);
    await refreshBoundSites();
    return { added: 1, id: id!, duplicate: false };
  });
}
