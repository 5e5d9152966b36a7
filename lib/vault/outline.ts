import { onVault } from './changes';
import type { AccountRecord, VaultDb } from './db';

/** What lies unsealed of an account, in the person's order: enough to choose which to open. */
export type Outline = Pick<AccountRecord, 'id' | 'bindings' | 'order'>;

// Kept while the background runs and dropped at every write: reading 500 records to choose
// the dozen the popup draws first cost more than opening that dozen. Nothing in it is secret
// (it is what lies unsealed on disk), and it only chooses: the chosen records are read again,
// so what is shown, filled or checked never rests on it.
const kept = new WeakMap<VaultDb, { at: number; outline: Outline[] }>();
let writes = 0;

/** Says the accounts on disk changed: the next outline is read again. */
export function forgetOutline(): void {
  writes++;
}
onVault('changed', forgetOutline);

export async function outlineOf(db: VaultDb): Promise<Outline[]> {
  const known = kept.get(db);
  if (known && known.at === writes) return known.outline;
  const at = writes;
  const outline = (await db.getAll('accounts'))
    .filter((r) => r.deletedAt === undefined)
    .sort((a, b) => a.order - b.order)
    .map(({ id, bindings, order }) => ({ id, bindings, order }));
  // A write that landed while this was read makes it old news: not kept.
  if (at === writes) kept.set(db, { at, outline });
  return outline;
}
