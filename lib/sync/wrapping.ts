import { syncStatus } from '@/lib/storage';
import type { VaultMeta } from '@/lib/vault/db';
import { syncArea } from './area';
import { readKeyItem } from './key';
import { KEY_ITEM } from './pack';
import { syncChoice } from './service';

/**
 * The wrapping of this vault's key in the sync area, for an unlock whose passphrase was set on
 * another browser: only the vault this browser last synced with (its key check value), never
 * another vault someone put there.
 */
export async function wrappingInSync(): Promise<VaultMeta | null> {
  if (!(await syncChoice()).on) return null;
  const item = readKeyItem((await syncArea.read())[KEY_ITEM]);
  const { keyId } = await syncStatus.getValue();
  return item && keyId && item.id === keyId ? item.meta : null;
}
