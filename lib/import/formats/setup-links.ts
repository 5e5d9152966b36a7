import { OtpUriError, parseMigrationUri, parseOtpauthUri, type OtpAccount } from '@/lib/otp';
import type { ImportFormat } from './types';

/** A text file of otpauth:// links, one a line; Google Authenticator's export links too. */
export const setupLinks: ImportFormat = {
  label: 'a text file of otpauth:// links',
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
            `Line ${i + 1}: ${error instanceof OtpUriError ? error.message : 'could not be read.'}`,
          );
        }
      });
    if (accounts.length === 0 && problems.length === 0)
      throw new OtpUriError('No setup codes were found in the text.');
    return { source: 'setup codes', accounts, problems };
  },
};
