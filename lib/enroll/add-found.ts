import { i18n } from '@/lib/i18n';
import { withoutDuplicates } from '@/lib/import';
import { UserFacingError, type SiteBinding } from '@/lib/messaging';
import { portalImitatedBy } from '@/lib/portals';
import { refreshBoundSites } from '@/lib/sites';
import { addAccounts, deleteAccount, readUsableAccounts, undoDelete, withVault } from '@/lib/vault';
import { pendingUri } from './pending';
import { classifyQrText } from './qr-kind';

export interface AddChoice {
  /** The saved account (same service and name) this re-enrollment replaces, picked by the person. */
  replaceId?: string;
  /** Save even though the site imitates a portal: the person read the warning and chose so. */
  anyway?: boolean;
}

const sameBinding = (a: SiteBinding, b: SiteBinding) => JSON.stringify(a) === JSON.stringify(b);

function lookAlikeRefusal(origin: string | null): string | null {
  const host = origin ? new URL(origin).hostname : null;
  const imitated = host ? portalImitatedBy(host) : undefined;
  if (!imitated) return null;
  return i18n.t('enroll.imitates', [host ?? '', imitated.name]);
}

/** Saves what a scan found: one account bound to the scanned site, or a batch export. */
export function addFound(tabKey: number, index: number, choice: AddChoice = {}) {
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
      return {
        added: fresh.length,
        id: null,
        duplicate: fresh.length < finding.accounts.length,
        replacedId: null,
      };
    }
    if (finding.kind !== 'account') {
      throw new UserFacingError(i18n.t('enroll.notSetupCode'));
    }
    const a = finding.account;
    const same = existing.find((e) => e.account.secret === a.secret && e.account.kind === a.kind);
    if (same) return { added: 0, id: same.id, duplicate: true, replacedId: null };
    const refusal = lookAlikeRefusal(origin);
    if (refusal && !choice.anyway) throw new UserFacingError(refusal);

    // A re-enrollment replaces exactly the account the person picked, keeping its sites.
    const replaced = choice.replaceId ? existing.find((e) => e.id === choice.replaceId) : undefined;
    if (
      choice.replaceId &&
      (!replaced || replaced.account.issuer !== a.issuer || replaced.account.account !== a.account)
    ) {
      throw new UserFacingError(i18n.t('enroll.replaceGone'));
    }
    const here: SiteBinding[] = origin?.startsWith('https://') ? [{ kind: 'origin', origin }] : [];
    const bindings = [...(replaced?.bindings ?? [])];
    for (const b of here) if (!bindings.some((k) => sameBinding(k, b))) bindings.push(b);
    const [id] = await addAccounts(db, key, [{ account: a, bindings }]);
    if (replaced) await deleteAccount(db, replaced.id); // undoable, like any removal
    await refreshBoundSites();
    return { added: 1, id: id!, duplicate: false, replacedId: replaced?.id ?? null };
  });
}

/** Undo of a replacement: the new account goes, the replaced one comes back as it was. */
export function undoReplace(addedId: string, replacedId: string) {
  return withVault(async (db) => {
    await undoDelete(db, replacedId);
    await deleteAccount(db, addedId);
    await refreshBoundSites();
    return { ok: true as const };
  });
}
