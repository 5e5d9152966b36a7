import { readBackup, writeBackup } from '@/lib/backup';
import { parseImport, previewImport, withoutDuplicates } from '@/lib/import';
import { isString, shape, UserFacingError } from '@/lib/messaging';
import { OtpUriError } from '@/lib/otp';
import { addAccounts, readUsableAccounts, type VaultDb } from '@/lib/vault';
import { withVault } from './account-handlers';
import type { HandlerGroup } from './context';

const own = ['extension-page'] as const;
const fileText = isString(5 * 1024 * 1024);

function parse(text: string) {
  try {
    return parseImport(text);
  } catch (error) {
    if (error instanceof OtpUriError) throw new UserFacingError(error.message);
    throw error;
  }
}

/** The import file read, and the accounts already in the vault to compare it with. */
async function parseAgainstVault(text: string, db: VaultDb, key: CryptoKey) {
  const parsed = parse(text);
  const existing = (await readUsableAccounts(db, key)).map((a) => a.account);
  return { parsed, existing };
}

// Preview and commit both parse the same text, so nothing secret waits in memory between them.
export const importHandlers: HandlerGroup<'import.preview' | 'import.commit' | 'backup.export' | 'backup.restore'> = {
  'import.preview': {
    allow: own,
    validate: shape({ text: fileText }),
    handle: ({ text }) => withVault(async (db, key) => {
      const { parsed, existing } = await parseAgainstVault(text, db, key);
      return { source: parsed.source, rows: previewImport(parsed.accounts, existing), problems: parsed.problems };
    }),
  },
  'import.commit': {
    allow: own,
    validate: shape({ text: fileText }),
    handle: ({ text }) => withVault(async (db, key) => {
      const { parsed, existing } = await parseAgainstVault(text, db, key);
      const fresh = withoutDuplicates(parsed.accounts, existing);
      await addAccounts(db, key, fresh.map((account) => ({ account, bindings: [] })));
      return { added: fresh.length, skipped: parsed.accounts.length - fresh.length };
    }),
  },
  'backup.export': {
    allow: own,
    validate: shape({ passphrase: isString(1024) }),
    handle: ({ passphrase }) => withVault(async (db, key) => {
      const entries = (await readUsableAccounts(db, key)).map(({ account, bindings }) => ({ account, bindings }));
      const date = new Date().toISOString().slice(0, 10);
      return { fileName: `second-factor-backup-${date}.json`, content: await writeBackup(entries, passphrase) };
    }),
  },
  'backup.restore': {
    allow: own,
    validate: shape({ content: fileText, passphrase: isString(1024) }),
    handle: ({ content, passphrase }) => withVault(async (db, key) => {
      const entries = await readBackup(content, passphrase);
      const existing = (await readUsableAccounts(db, key)).map((a) => a.account);
      const keep = new Set(withoutDuplicates(entries.map((e) => e.account), existing));
      const fresh = entries.filter((e) => keep.has(e.account));
      await addAccounts(db, key, fresh);
      return { added: fresh.length, skipped: entries.length - fresh.length };
    }),
  },
};
