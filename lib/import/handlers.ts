import { isString, optional, shape, UserFacingError, type HandlerGroup } from '@/lib/messaging';
import type { ImportInput } from '@/lib/messaging/types';
import { OtpUriError } from '@/lib/otp';
import { fromBase64 } from '@/lib/vault/bytes';
import { addAccounts, readUsableAccounts, withVault, type VaultDb } from '@/lib/vault';
import { NeedsPasswordError } from './formats/errors';
import { formatNames } from './formats/registry';
import { parseImport } from './parse';
import { previewImport, withoutDuplicates } from './preview';

const own = ['extension-page'] as const;
const LIMIT = 5 * 1024 * 1024;
const input = shape<ImportInput>({
  text: optional(isString(LIMIT)),
  bytes: optional(isString(Math.ceil(LIMIT / 3) * 4)),
  password: optional(isString(1024)),
});

function contentOf({ text, bytes }: ImportInput): string | Uint8Array {
  if (bytes === undefined) return text ?? '';
  try {
    return fromBase64(bytes);
  } catch {
    return '';
  }
}

async function parse(request: ImportInput) {
  try {
    return await parseImport(contentOf(request), request.password);
  } catch (error) {
    if (error instanceof NeedsPasswordError) throw error;
    if (error instanceof OtpUriError) throw new UserFacingError(error.message);
    throw error;
  }
}

/** The import file read, and the accounts already in the vault to compare it with. */
async function parseAgainstVault(request: ImportInput, db: VaultDb, key: CryptoKey) {
  const parsed = await parse(request);
  const existing = (await readUsableAccounts(db, key)).map((a) => a.account);
  return { parsed, existing };
}

// Preview and commit both read the same file (and password), so nothing secret waits in
// memory between them.
export const importHandlers: HandlerGroup<'import.formats' | 'import.preview' | 'import.commit'> = {
  'import.formats': { allow: own, validate: shape({}), handle: () => ({ names: formatNames() }) },
  'import.preview': {
    allow: own,
    validate: input,
    handle: (request) =>
      withVault(async (db, key) => {
        try {
          const { parsed, existing } = await parseAgainstVault(request, db, key);
          return {
            source: parsed.source,
            rows: previewImport(parsed.accounts, existing),
            problems: parsed.problems,
          };
        } catch (error) {
          if (!(error instanceof NeedsPasswordError)) throw error;
          return { source: error.source, rows: [], problems: [error.message], needsPassword: true };
        }
      }),
  },
  'import.commit': {
    allow: own,
    validate: input,
    handle: (request) =>
      withVault(async (db, key) => {
        const { parsed, existing } = await parseAgainstVault(request, db, key).catch((error: unknown) => {
          if (error instanceof NeedsPasswordError) throw new UserFacingError(error.message);
          throw error;
        });
        const fresh = withoutDuplicates(parsed.accounts, existing);
        // A colleague's share carries its sites; other exports know none (bound later, in Settings).
        const sitesOf = (account: (typeof fresh)[number]) =>
          parsed.sites?.[parsed.accounts.indexOf(account)] ?? [];
        await addAccounts(
          db,
          key,
          fresh.map((account) => ({ account, bindings: sitesOf(account) })),
        );
        return { added: fresh.length, skipped: parsed.accounts.length - fresh.length };
      }),
  },
};
