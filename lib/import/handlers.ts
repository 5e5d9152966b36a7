import { isString, shape, UserFacingError, type HandlerGroup } from '@/lib/messaging';
import { OtpUriError } from '@/lib/otp';
import { addAccounts, readUsableAccounts, withVault, type VaultDb } from '@/lib/vault';
import { formatNames } from './formats/registry';
import { parseImport } from './parse';
import { previewImport, withoutDuplicates } from './preview';

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
export const importHandlers: HandlerGroup<'import.formats' | 'import.preview' | 'import.commit'> = {
  'import.formats': { allow: own, validate: shape({}), handle: () => ({ names: formatNames() }) },
  'import.preview': {
    allow: own,
    validate: shape({ text: fileText }),
    handle: ({ text }) =>
      withVault(async (db, key) => {
        const { parsed, existing } = await parseAgainstVault(text, db, key);
        return {
          source: parsed.source,
          rows: previewImport(parsed.accounts, existing),
          problems: parsed.problems,
        };
      }),
  },
  'import.commit': {
    allow: own,
    validate: shape({ text: fileText }),
    handle: ({ text }) =>
      withVault(async (db, key) => {
        const { parsed, existing } = await parseAgainstVault(text, db, key);
        const fresh = withoutDuplicates(parsed.accounts, existing);
        await addAccounts(
          db,
          key,
          fresh.map((account) => ({ account, bindings: [] })),
        );
        return { added: fresh.length, skipped: parsed.accounts.length - fresh.length };
      }),
  },
};
