import { i18n } from '@/lib/i18n';
import {
  isBoolean,
  isEmpty,
  isString,
  shape,
  UserFacingError,
  type HandlerGroup,
  type SyncView,
} from '@/lib/messaging';
import { displayName } from '@/lib/otp';
import { changeSettings } from '@/lib/settings';
import { syncNotices, syncStatus } from '@/lib/storage';
import {
  adoptWrapping,
  currentDataKey,
  currentRawKey,
  keepUnlocked,
  moveToKey,
  noteVaultUse,
  readUsableAccounts,
  readWrapping,
  tryPassphrase,
  unwrap,
  vaultDb,
  vaultExists,
  WrongPassphraseError,
  withVault,
} from '@/lib/vault';
import { openRecord } from '@/lib/vault/accounts';
import { syncArea } from './area';
import { keyIdOf, readKeyItem } from './key';
import { KEY_ITEM, SYNC_LIMITS } from './pack';
import { removeFromSync } from './off';
import { syncChoice, syncSoon } from './service';

const own = ['extension-page'] as const;
const empty = isEmpty;
const passphrase = shape<{ passphrase: string }>({ passphrase: isString(1024) });
const countingFailures = <T>(work: () => Promise<T>) =>
  tryPassphrase(work, (error) => error instanceof WrongPassphraseError);

/** The vault in the sync area, opened with the passphrase typed; its key checked against its id. */
async function openSyncedVault(typed: string) {
  const item = readKeyItem((await syncArea.read())[KEY_ITEM]);
  if (!item) throw new UserFacingError(i18n.t('sync.nothingThere'));
  const rawKey = await countingFailures(() => unwrap(item.meta, typed));
  if ((await keyIdOf(rawKey)) !== item.id) throw new UserFacingError(i18n.t('sync.damaged'));
  return { rawKey, meta: item.meta };
}

async function mustBeAllowed(): Promise<void> {
  if (!(await syncChoice()).allowed) throw new UserFacingError(i18n.t('sync.forbidden'));
}

/** Allowed, and the person's to change (not turned on for everyone by the practice). */
async function mustBeThePersonsChoice(): Promise<void> {
  const choice = await syncChoice();
  if (!choice.allowed) throw new UserFacingError(i18n.t('sync.forbidden'));
  if (choice.setByPractice) throw new UserFacingError(i18n.t('sync.setByPractice'));
}

async function view(): Promise<SyncView> {
  const choice = await syncChoice();
  const status = await syncStatus.getValue();
  const names = status.leftOut.length
    ? await withVault(async (db, key) => {
        const byId = new Map((await readUsableAccounts(db, key)).map((a) => [a.id, displayName(a.account)]));
        return status.leftOut.map((id) => byId.get(id)).filter((n): n is string => n !== undefined);
      }).catch(() => [])
    : [];
  return {
    ...choice,
    firefox: import.meta.env.FIREFOX,
    lastSyncedAt: status.lastSyncedAt,
    bytes: status.bytes,
    quotaBytes: SYNC_LIMITS.totalBytes,
    leftOut: names,
    damaged: status.damaged,
    problem: choice.on ? status.problem : null,
    inSync: (await syncArea.read())[KEY_ITEM] !== undefined,
    offElsewhereAt: choice.on ? null : (status.offElsewhereAt ?? null),
  };
}

export const syncHandlers: HandlerGroup<
  | 'sync.status'
  | 'sync.set'
  | 'sync.remove'
  | 'sync.offer'
  | 'sync.restore'
  | 'sync.join'
  | 'sync.usePassphrase'
  | 'sync.notices'
  | 'sync.dismissNotices'
> = {
  'sync.status': { allow: own, validate: empty, handle: view },
  'sync.set': {
    allow: own,
    validate: shape({ on: isBoolean }),
    async handle({ on }) {
      await mustBeThePersonsChoice();
      // Turned on after a removal from browser sync: this browser starts it again (lib/sync/off.ts).
      await changeSettings(on ? { sync: true, syncOnAt: Date.now() } : { sync: false });
      if (on) {
        await syncStatus.setValue({ ...(await syncStatus.getValue()), offElsewhereAt: null });
        await syncSoon();
      }
      return view();
    },
  },
  'sync.remove': {
    allow: own,
    validate: empty,
    async handle() {
      await mustBeThePersonsChoice();
      await removeFromSync();
      return view();
    },
  },
  /** A browser with no vault, and one in sync: the welcome page and popup offer to bring it back. */
  'sync.offer': {
    allow: own,
    validate: empty,
    async handle() {
      const there = readKeyItem((await syncArea.read())[KEY_ITEM]) !== null;
      const allowed = (await syncChoice()).allowed;
      return { available: allowed && there && !(await vaultExists(await vaultDb())) };
    },
  },
  'sync.restore': {
    allow: own,
    validate: passphrase,
    async handle(req) {
      await mustBeAllowed();
      const db = await vaultDb();
      if (await vaultExists(db)) throw new UserFacingError(i18n.t('vaultError.exists'));
      const { rawKey, meta } = await openSyncedVault(req.passphrase);
      await adoptWrapping(db, meta);
      await keepUnlocked(rawKey);
      await noteVaultUse();
      await changeSettings({ sync: true });
      await syncSoon();
      return { restored: (await withVault((d, key) => readUsableAccounts(d, key))).length };
    },
  },
  /** This browser's vault and the one already in sync: merged, under the synced vault's passphrase. */
  'sync.join': {
    allow: own,
    validate: passphrase,
    async handle(req) {
      await mustBeAllowed();
      const oldKey = await currentDataKey();
      const db = await vaultDb();
      const { rawKey, meta } = await openSyncedVault(req.passphrase);
      await moveToKey(db, oldKey, rawKey, meta);
      await keepUnlocked(rawKey);
      await syncStatus.setValue({ ...(await syncStatus.getValue()), problem: null });
      await syncSoon();
      return view();
    },
  },
  /** The passphrase changed on another browser: typed once here, it opens this vault from now on. */
  'sync.usePassphrase': {
    allow: own,
    validate: passphrase,
    async handle(req) {
      const { rawKey, meta } = await openSyncedVault(req.passphrase);
      if ((await keyIdOf(rawKey)) !== (await keyIdOf(await currentRawKey())))
        throw new UserFacingError(i18n.t('sync.otherVault'));
      const db = await vaultDb();
      const mine = await readWrapping(db);
      if ((meta.passphraseStamp ?? '') > (mine?.passphraseStamp ?? '')) await adoptWrapping(db, meta);
      await syncSoon();
      return view();
    },
  },
  'sync.notices': {
    allow: own,
    validate: empty,
    handle: () =>
      withVault(async (db, key) => {
        const seen = await syncNotices.getValue();
        // Removed accounts are still in the vault (deleted, for undo): their names are read too.
        const wanted = new Set([...seen.removed, ...seen.kept]);
        const names = new Map<string, string>();
        for (const record of await db.getAll('accounts')) {
          if (!wanted.has(record.id)) continue;
          const opened = await openRecord(key, record);
          if (!('unreadable' in opened)) names.set(record.id, displayName(opened.account));
        }
        const named = (ids: string[]) => ids.flatMap((id) => names.get(id) ?? []).join(', ');
        const lines: string[] = [];
        if (seen.added.length) lines.push(i18n.t('sync.noticeAdded', seen.added.length));
        if (seen.removed.length) lines.push(i18n.t('sync.noticeRemoved', [named(seen.removed)]));
        if (seen.kept.length) lines.push(i18n.t('sync.noticeKept', [named(seen.kept)]));
        if (seen.turnedOff) lines.push(i18n.t('sync.noticeTurnedOff'));
        return { lines, removed: seen.removed.filter((id) => names.has(id)) };
      }),
  },
  'sync.dismissNotices': {
    allow: own,
    validate: empty,
    async handle() {
      await syncNotices.setValue({ added: [], removed: [], kept: [], turnedOff: false });
      return { ok: true as const };
    },
  },
};
