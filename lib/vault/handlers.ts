import { lastBackupAt } from '@/lib/storage';
import { i18n } from '@/lib/i18n';
import {
  isInt,
  isEmpty,
  isString,
  shape,
  UserFacingError,
  type HandlerGroup,
  type VaultStatus,
} from '@/lib/messaging';
import { changeSettings, readPolicy, readSettings } from '@/lib/settings';
import { tryPassphrase } from './attempts';
import { lockVault, noteVaultUse } from './auto-lock';
import { purgeDeleted } from './removal';
import { vaultUnlocked } from './changes';
import { WrongPassphraseError } from './errors';
import { changePassphrase, createVault, unlockVault, vaultExists } from './keyring';
import { vaultDb } from './open';
import { isUnlocked, keepUnlocked } from './session';

// Read together: every popup asks this first, while the person waits for their codes.
async function status(): Promise<VaultStatus> {
  const [exists, unlocked, settings, policy, backedUpAt] = await Promise.all([
    vaultDb().then(vaultExists),
    isUnlocked(),
    readSettings(),
    readPolicy(),
    lastBackupAt.getValue(),
  ]);
  return {
    exists,
    unlocked,
    autoLockMinutes: settings.autoLockMinutes,
    autoLockMaxMinutes: policy.autoLockMaxMinutes ?? null,
    backedUpAt,
  };
}

/** A wrong passphrase counts towards the growing delay before the next try. */
const countingFailures = <T>(work: () => Promise<T>) =>
  tryPassphrase(work, (error) => error instanceof WrongPassphraseError);

const own = ['extension-page'] as const;
const empty = isEmpty;
const passphrase = isString(1024);

export const vaultHandlers: HandlerGroup<
  | 'vault.status'
  | 'vault.create'
  | 'vault.unlock'
  | 'vault.lock'
  | 'vault.changePassphrase'
  | 'settings.setAutoLock'
> = {
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
      const db = await vaultDb();
      await keepUnlocked(await countingFailures(() => unlockVault(db, req.passphrase)));
      await purgeDeleted(db);
      await noteVaultUse();
      vaultUnlocked();
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
      await countingFailures(async () => changePassphrase(await vaultDb(), req.current, req.next));
      return { ok: true };
    },
  },
  'settings.setAutoLock': {
    allow: own,
    validate: shape({ minutes: isInt }),
    async handle({ minutes }) {
      if (minutes < 1 || minutes > 24 * 60) {
        throw new UserFacingError(i18n.t('vaultError.autoLockRange'));
      }
      const { autoLockMaxMinutes } = await readPolicy();
      if (autoLockMaxMinutes !== undefined && minutes > autoLockMaxMinutes) {
        throw new UserFacingError(i18n.t('vaultError.autoLockPractice', autoLockMaxMinutes));
      }
      await changeSettings({ autoLockMinutes: minutes });
      if (await isUnlocked()) await noteVaultUse();
      return status();
    },
  },
};
