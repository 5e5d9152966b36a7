import { identity } from '@/lib/import/preview';
import { joinUsedMarks, type RecoveryCode } from '@/lib/recovery/codes';
import type { VaultAccount } from '@/lib/vault';
import type { BackupEntry } from './file';

/**
 * The recovery codes a backup brings to accounts the vault already has (a restore skips those
 * accounts, but must not drop their codes): the backup's list where the account has none here,
 * or the same list with the uses either side knows of. A different list here is this vault's
 * newer one and stays; the backup file still holds the other.
 */
export function recoveryBroughtBack(
  entries: BackupEntry[],
  existing: VaultAccount[],
): { id: string; recovery: RecoveryCode[] }[] {
  const byIdentity = new Map(existing.map((a) => [identity(a.account), a]));
  const back = new Map<string, RecoveryCode[]>();
  for (const entry of entries) {
    const here = entry.recovery && byIdentity.get(identity(entry.account));
    if (!here) continue;
    const current = back.get(here.id) ?? here.recovery;
    if (!current) {
      back.set(here.id, entry.recovery!);
      continue;
    }
    const joined = joinUsedMarks(current, entry.recovery);
    if (joined && joined.some((c, i) => c.usedAt !== current[i]!.usedAt)) back.set(here.id, joined);
  }
  return [...back].map(([id, recovery]) => ({ id, recovery }));
}
