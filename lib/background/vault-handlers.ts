import { arrayOf, isInt, isString, optional, shape, UserFacingError } from '@/lib/messaging';
import { scheduleClipboardClear } from '@/lib/clipboard';
import { PORTALS } from '@/lib/portals';
import { canonicalOrigin } from '@/lib/sites';
import type { VaultStatus } from '@/lib/messaging/protocol';
import { readOwnSettings, readPolicy, readSettings, settings } from '@/lib/storage';
import {
  assertMayTryUnlock, changePassphrase, clearFailedUnlocks, createVault, isUnlocked, keepUnlocked, lockVault,
  noteVaultUse, purgeDeleted, recordFailedUnlock, unlockVault, vaultExists, WrongPassphraseError,
} from '@/lib/vault';
import { vaultDb, type HandlerGroup } from './context';

async function status(): Promise<VaultStatus> {
  return {
    exists: await vaultExists(await vaultDb()),
    unlocked: await isUnlocked(),
    autoLockMinutes: (await readSettings()).autoLockMinutes,
    autoLockMaxMinutes: (await readPolicy()).autoLockMaxMinutes ?? null,
  };
}

const own = ['extension-page'] as const;
const empty = shape<Record<string, never>>({});
const passphrase = isString(1024);

const isOrigins = arrayOf((o) => typeof o === 'string' && canonicalOrigin(o) === o, 500);
const isPortalIds = arrayOf((id) => PORTALS.some((p) => p.id === id), 20);

export const vaultHandlers: HandlerGroup<'clipboard.copied' | 'vault.status' | 'vault.create' | 'vault.unlock' | 'vault.lock' | 'vault.changePassphrase' | 'settings.setAutoLock' | 'settings.get' | 'settings.update'> = {
  'settings.get': { allow: own, validate: empty, handle: readSettings },
  'clipboard.copied': {
    allow: own,
    validate: empty,
    async handle() {
      await scheduleClipboardClear();
      return { ok: true };
    },
  },
  'settings.update': {
    allow: own,
    validate: shape({
      inPageButton: optional((v) => typeof v === 'boolean'), rememberOn: optional(isPortalIds), autoSubmitOn: optional(isOrigins),
      reminderDays: optional((v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 60),
      passwordIntervalDays: optional((v) => Number.isInteger(v) && (v as number) >= 7 && (v as number) <= 730),
    }),
    async handle(change) {
      await settings.setValue({ ...(await readOwnSettings()), ...change });
      return readSettings();
    },
  },
  'vault.status': { allow: own, validate: empty, handle: status },
  'vault.create': {
    allow: own,
    validate: shape({ passphrase }),
    async handle(req) {
      await keepUnlocked(await createVault(await vaultDb(), req.passphrase));
      await noteVaultUse();
      return status();
    },
  },
  'vault.unlock': {
    allow: own,
    validate: shape({ passphrase }),
    async handle(req) {
      await assertMayTryUnlock();
      const db = await vaultDb();
      try {
        await keepUnlocked(await unlockVault(db, req.passphrase));
      } catch (error) {
        if (error instanceof WrongPassphraseError) await recordFailedUnlock();
        throw error;
      }
      await clearFailedUnlocks();
      await purgeDeleted(db);
      await noteVaultUse();
      return status();
    },
  },
  'vault.lock': {
    allow: own,
    validate: empty,
    async handle() {
      await lockVault();
      return status();
    },
  },
  'vault.changePassphrase': {
    allow: own,
    validate: shape({ current: passphrase, next: passphrase }),
    async handle(req) {
      await assertMayTryUnlock();
      try {
        await changePassphrase(await vaultDb(), req.current, req.next);
      } catch (error) {
        if (error instanceof WrongPassphraseError) await recordFailedUnlock();
        throw error;
      }
      return { ok: true };
    },
  },
  'settings.setAutoLock': {
    allow: own,
    validate: shape({ minutes: isInt }),
    async handle({ minutes }) {
      if (minutes < 1 || minutes > 24 * 60) throw new UserFacingError('Choose an auto-lock time between 1 minute and 24 hours.');
      const { autoLockMaxMinutes } = await readPolicy();
      if (autoLockMaxMinutes !== undefined && minutes > autoLockMaxMinutes) {
        throw new UserFacingError(`Your practice allows at most ${autoLockMaxMinutes} minutes before the vault locks.`);
      }
      await settings.setValue({ ...(await readOwnSettings()), autoLockMinutes: minutes });
      if (await isUnlocked()) await noteVaultUse();
      return status();
    },
  },
};
