import { clockForCodes } from '@/lib/clock/popup';
import { accountFromSecret } from '@/lib/import';
import {
  arrayOf,
  isInt,
  isIntIn,
  isString,
  optional,
  shape,
  UserFacingError,
  type HandlerGroup,
  type NewAccount,
} from '@/lib/messaging';
import { parseOtpauthUri, OtpUriError, type OtpAccount } from '@/lib/otp';
import { canonicalOrigin, refreshBoundSites, type SiteBinding } from '@/lib/sites';
import { signInName } from '@/lib/storage';
import { tabOrigin } from '@/lib/tab-status';
import {
  addAccounts,
  deleteAccount,
  readAccounts,
  readUsableAccounts,
  reorderAccounts,
  readFirstLook,
  summarizeAll,
  undoDelete,
  updateAccount,
  takeHotpCode,
  withVault,
} from '@/lib/vault';

const own = ['extension-page'] as const;
const id = isString(64);

function toAccount(req: NewAccount): OtpAccount {
  try {
    return 'uri' in req ? parseOtpauthUri(req.uri) : accountFromSecret(req.secret, req.issuer, req.account);
  } catch (error) {
    if (error instanceof OtpUriError) throw new UserFacingError(error.message);
    throw error;
  }
}

async function bindingsFor(tabId: number | undefined): Promise<SiteBinding[]> {
  if (tabId === undefined) return [];
  const origin = await tabOrigin(tabId);
  return origin?.startsWith('https://') ? [{ kind: 'origin', origin }] : [];
}

function isBinding(b: unknown): boolean {
  const v = b as SiteBinding;
  if (v?.kind === 'origin') return typeof v.origin === 'string' && canonicalOrigin(v.origin) === v.origin;
  return v?.kind === 'domain' && typeof v.domain === 'string' && /^[a-z0-9.-]{1,253}$/.test(v.domain);
}

export const accountHandlers: HandlerGroup<
  | 'accounts.list'
  | 'accounts.add'
  | 'accounts.update'
  | 'accounts.reorder'
  | 'accounts.delete'
  | 'accounts.undoDelete'
  | 'accounts.nextHotp'
  | 'accounts.useHotp'
> = {
  'accounts.list': {
    allow: own,
    validate: shape({ tabId: optional(isInt), first: optional(isIntIn(1, 1000)) }),
    handle: ({ tabId, first }) =>
      withVault(async (db, key) => {
        const origin = tabId === undefined ? null : await tabOrigin(tabId);
        const typed = origin ? await signInName.get(origin) : undefined;
        const { at, clock } = await clockForCodes();
        const { entries, more } =
          first === undefined
            ? { entries: await readAccounts(db, key), more: false }
            : await readFirstLook(db, key, origin, first);
        return {
          ...summarizeAll(entries, at, origin, typed ?? undefined),
          tabOrigin: origin,
          clock,
          more,
        };
      }),
  },
  'accounts.add': {
    allow: own,
    validate: (r): r is NewAccount =>
      shape({ uri: isString(4096), bindToTab: optional(isInt) })(r) ||
      shape({
        secret: isString(1024),
        issuer: isString(256),
        account: isString(256),
        bindToTab: optional(isInt),
      })(r),
    handle: (req) =>
      withVault(async (db, key) => {
        const account = toAccount(req);
        const existing = await readUsableAccounts(db, key);
        const same = existing.find(
          (a) => a.account.secret === account.secret && a.account.kind === account.kind,
        );
        if (same) return { id: same.id, duplicate: true };
        const bindings = await bindingsFor(req.bindToTab);
        const [newId] = await addAccounts(db, key, [{ account, bindings }]);
        // Bound to this tab's site: the page helper runs there from now on, as for a scanned one.
        if (bindings.length) await refreshBoundSites();
        return { id: newId!, duplicate: false };
      }),
  },
  'accounts.update': {
    allow: own,
    validate: shape({
      id,
      issuer: optional(isString(256)),
      account: optional(isString(256)),
      bindings: optional(arrayOf(isBinding, 20)),
    }),
    handle: (req) =>
      withVault(async (db, key) => {
        await updateAccount(db, key, req.id, req);
        if (req.bindings) await refreshBoundSites();
        return { ok: true };
      }),
  },
  'accounts.reorder': {
    allow: own,
    validate: shape({ ids: arrayOf(id) }),
    handle: ({ ids }) =>
      withVault(async (db) => {
        await reorderAccounts(db, ids);
        return { ok: true };
      }),
  },
  'accounts.delete': {
    allow: own,
    validate: shape({ id }),
    handle: (req) =>
      withVault(async (db) => {
        await deleteAccount(db, req.id);
        await refreshBoundSites();
        return { ok: true };
      }),
  },
  'accounts.undoDelete': {
    allow: own,
    validate: shape({ id }),
    handle: (req) =>
      withVault(async (db) => {
        await undoDelete(db, req.id);
        await refreshBoundSites();
        return { ok: true };
      }),
  },
  // Skipping a code (used elsewhere) moves the counter the same way, in the same turn.
  'accounts.nextHotp': {
    allow: own,
    validate: shape({ id }),
    handle: (req) =>
      withVault(async (db, key) => {
        await takeHotpCode(db, key, req.id);
        return { ok: true };
      }),
  },
  // Copying a counter-based code uses it up, as filling does.
  'accounts.useHotp': {
    allow: own,
    validate: shape({ id }),
    handle: (req) => withVault(async (db, key) => ({ code: await takeHotpCode(db, key, req.id) })),
  },
};
