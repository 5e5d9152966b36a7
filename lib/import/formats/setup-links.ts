import { i18n } from '@/lib/i18n';
import { OtpUriError, readMigrationUri, type OtpAccount } from '@/lib/otp';
import { fromLink } from './entries';
import type { ImportFormat } from './types';

/**
 * A text file of otpauth:// links, one a line: Google Authenticator's export links (each of
 * whose accounts comes in on its own), Ente Auth's plain export, anyone's list of setup codes.
 */
export const setupLinks: ImportFormat = {
  label: () => i18n.t('importFormat.links'),
  input: 'text',
  // Any text with a setup link in it; an XML or binary file of another app is "unknown", not
  // a list of lines that are not links.
  recognizes: (text) => typeof text === 'string' && /otpauth(?:-migration)?:\/\/|steam:\/\//i.test(text),
  read(text) {
    const accounts: OtpAccount[] = [];
    const problems: string[] = [];
    const problem = (line: number, why: string) => problems.push(i18n.t('importError.line', [line, why]));
    String(text)
      .split(/\r?\n/)
      .forEach((raw, i) => {
        const line = raw.trim();
        if (!line || line.startsWith('#')) return;
        try {
          if (/^otpauth-migration:/i.test(line)) {
            const batch = readMigrationUri(line);
            accounts.push(...batch.accounts);
            for (const why of batch.problems) problem(i + 1, why);
          } else accounts.push(fromLink(line));
        } catch (error) {
          problem(i + 1, error instanceof OtpUriError ? error.message : i18n.t('importError.unreadable'));
        }
      });
    if (accounts.length === 0 && problems.length === 0) throw new OtpUriError(i18n.t('importError.noLinks'));
    return { source: i18n.t('importFormat.linksSource'), accounts, problems };
  },
};
