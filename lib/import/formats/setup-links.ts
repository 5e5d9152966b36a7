import { i18n } from '@/lib/i18n';
import { OtpUriError, parseMigrationUri, parseOtpauthUri, type OtpAccount } from '@/lib/otp';
import type { ImportFormat } from './types';

/** A text file of otpauth:// links, one a line; Google Authenticator's export links too. */
export const setupLinks: ImportFormat = {
  label: () => i18n.t('importFormat.links'),
  input: 'text',
  recognizes: (text) => typeof text === 'string',
  read(text) {
    const accounts: OtpAccount[] = [];
    const problems: string[] = [];
    String(text)
      .split(/\r?\n/)
      .forEach((raw, i) => {
        const line = raw.trim();
        if (!line || line.startsWith('#')) return;
        try {
          if (/^otpauth-migration:/i.test(line)) accounts.push(...parseMigrationUri(line));
          else accounts.push(parseOtpauthUri(line));
        } catch (error) {
          problems.push(
            i18n.t('importError.line', [
              i + 1,
              error instanceof OtpUriError ? error.message : i18n.t('importError.unreadable'),
            ]),
          );
        }
      });
    if (accounts.length === 0 && problems.length === 0) throw new OtpUriError(i18n.t('importError.noLinks'));
    return { source: i18n.t('importFormat.linksSource'), accounts, problems };
  },
};
