import type { VaultMeta } from './db';

// What other concepts hear from the vault (sync, to send changes on and to take them in),
// without the vault knowing who listens.
type VaultEvent = 'changed' | 'unlocked';
const listeners = new Map<VaultEvent, Set<() => void>>();

export function onVault(event: VaultEvent, listener: () => void): () => void {
  const set = listeners.get(event) ?? new Set();
  listeners.set(event, set.add(listener));
  return () => set.delete(listener);
}

function emit(event: VaultEvent): void {
  for (const listener of listeners.get(event) ?? []) listener();
}

/** Called after every change written to the vault: accounts, their order, the passphrase. */
export const vaultChanged = () => emit('changed');
export const vaultUnlocked = () => emit('unlocked');

/**
 * Where a newer wrapping of this vault's key may be found (sync: the passphrase was changed on
 * another browser). Asked only when the passphrase typed does not open this browser's own.
 */
let wrappingElsewhere: (() => Promise<VaultMeta | null>) | null = null;

export function provideWrappingElsewhere(provider: () => Promise<VaultMeta | null>): void {
  wrappingElsewhere = provider;
}

export const findWrappingElsewhere = () => wrappingElsewhere?.() ?? Promise.resolve(null);
