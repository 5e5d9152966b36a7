import 'fake-indexeddb/auto';
import { TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAesKey } from '../../lib/vault/aead';
import { addAccounts } from '../../lib/vault/accounts';
import { openVaultDb } from '../../lib/vault/db';
import { createVault } from '../../lib/vault/keyring';
import { startSimulator, type Simulator } from '../fixtures/server/index';
import { freshProfile, removeProfile } from './harness/chromium';
import type { RealPopup } from './harness/real-popup';
import { BrowserSession } from './harness/session';

// The vault over a browser's life: a vault written by an older version, the browser closing and
// opening again on the same profile, and the idle time chosen in Settings running out for real.

const PASS = 'staple battery horse';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const profile = freshProfile();
let sim: Simulator;
let session: BrowserSession;
const errors: string[] = [];

const launch = async () =>
  BrowserSession.launch(sim, { profileDir: profile, display: Boolean(process.env.DISPLAY) });

beforeAll(async () => {
  sim = await startSimulator();
  session = await launch();
});

afterAll(async () => {
  errors.push(...(session?.workerErrors ?? []));
  await session?.close();
  await sim?.close();
  removeProfile(profile);
  if (errors.length) throw new Error(`The service worker logged errors:\n${errors.join('\n')}`);
});

/**
 * A vault as an older version wrote it: its key wrapped with PBKDF2 (before Argon2id), made
 * with the extension's own code outside the browser, then put where the browser keeps it.
 */
async function writeOlderVault(): Promise<void> {
  const db = await openVaultDb('older-vault');
  const rawKey = await createVault(db, PASS, { name: 'pbkdf2-sha256', iterations: 600_000 });
  await addAccounts(db, await importAesKey(rawKey), [
    {
      account: {
        kind: 'totp',
        issuer: 'PracticeQ',
        account: 'app@practice.test',
        secret: SECRET,
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
        counter: 0,
      },
      bindings: [{ kind: 'origin', origin: 'https://intakeq.com' }],
    },
  ]);
  const bytes = (value: unknown): unknown =>
    value instanceof Uint8Array
      ? { bytes: [...value] }
      : Array.isArray(value)
        ? value.map(bytes)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bytes(v)]))
          : value;
  // As that version wrote them: no versions for sync on the key or the accounts.
  const meta = { ...(await db.get('meta', 'vault'))! };
  delete meta.passphraseStamp;
  const accounts = (await db.getAll('accounts')).map((record) => {
    const older = { ...record };
    delete older.stamps;
    return older;
  });
  const records = { meta: bytes(meta), accounts: bytes(accounts) };
  const options = await session.open(session.extensionUrl('options.html'));
  await options.evaluate(async (json) => {
    const revive = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(revive)
        : value && typeof value === 'object'
          ? 'bytes' in value
            ? new Uint8Array((value as { bytes: number[] }).bytes)
            : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]))
          : value;
    const data = revive(json) as { meta: unknown; accounts: unknown[] };
    // The database at that version's schema (1): whatever this version made of it goes first.
    await new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase('second-factor-vault');
      request.onsuccess = resolve;
      request.onerror = () => reject(request.error);
    });
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('second-factor-vault', 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('meta');
        request.result.createObjectStore('accounts', { keyPath: 'id' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['meta', 'accounts'], 'readwrite');
    tx.objectStore('meta').put(data.meta, 'vault');
    for (const record of data.accounts) tx.objectStore('accounts').put(record);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, records);
  await options.close();
}

async function storedKdf(): Promise<string> {
  const options = await session.open(session.extensionUrl('options.html'));
  const name = await options.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open('second-factor-vault');
        request.onsuccess = () => {
          const get = request.result.transaction('meta').objectStore('meta').get('vault');
          get.onsuccess = () => resolve(get.result.kdf.name);
        };
      }),
  );
  await options.close();
  return name;
}

async function unlockInPopup(): Promise<RealPopup> {
  const page = await session.open('https://intakeq.com/signin');
  const popup = await session.openToolbarPopup(page);
  await expect.poll(() => popup.getByTestId('lock-screen').isVisible()).toBe(true);
  await popup.getByLabel('Passphrase').fill(PASS);
  await popup.getByRole('button', { name: 'Unlock' }).click();
  await expect.poll(() => popup.getByTestId('code-row').count()).toBe(1);
  const totp = new TOTP({ secret: SECRET });
  const shown = (await popup.getByTestId('code').first().innerText()).replace(/\s/g, '');
  expect([-2000, 0, 2000, 4000].map((d) => totp.generate({ timestamp: Date.now() + d }))).toContain(shown);
  await page.close();
  return popup;
}

describe('the vault over the browser’s life', () => {
  it('a vault written by an older version (PBKDF2) unlocks with its passphrase, every account readable, and moves to Argon2id', async () => {
    await writeOlderVault();
    expect(await storedKdf()).toBe('pbkdf2-sha256');
    const popup = await unlockInPopup();
    await popup.close();
    await expect.poll(storedKdf).toBe('argon2id');
  });

  it('is locked when the browser opens again, and unlocks to the same accounts', async () => {
    errors.push(...session.workerErrors);
    await session.close();
    session = await launch();
    const popup = await unlockInPopup();
    await popup.close();
  });

  it(
    'locks by itself after the idle time chosen in Settings (1 minute, really waited)',
    { timeout: 150_000 },
    async () => {
      const options = await session.open(session.extensionUrl('options.html'));
      await options.getByLabel('Lock after this many minutes without use').fill('1');
      await options.getByLabel('Lock after this many minutes without use').press('Enter');
      await expect
        .poll(() => options.getByText('The vault now locks after 1 minute without use.').count())
        .toBeGreaterThan(0);
      await options.close();
      // Waiting without using the vault: only the browser's alarm list is read, not the vault.
      const lockAlarm = () =>
        session.inWorker(async () => (await chrome.alarms.get('auto-lock')) ?? null, null);
      const set = await lockAlarm();
      expect(set!.scheduledTime - Date.now()).toBeGreaterThan(30_000);
      expect(set!.scheduledTime - Date.now()).toBeLessThanOrEqual(60_000);
      await expect.poll(lockAlarm, { timeout: 100_000, interval: 2_000 }).toBeNull();
      const page = await session.open('https://intakeq.com/signin');
      const popup = await session.openToolbarPopup(page);
      await expect.poll(() => popup.getByTestId('lock-screen').isVisible()).toBe(true);
      await popup.close();
      await page.close();
    },
  );
});
