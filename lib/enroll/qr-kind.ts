import { i18n } from '@/lib/i18n';
import { OtpUriError, parseOtpauthUri, readMigrationUri, type OtpAccount } from '@/lib/otp';

/** What a decoded QR code turned out to be. Its text is hostile input until parsed. */
export type QrFinding =
  | { kind: 'account'; account: OtpAccount; uri: string }
  | { kind: 'batch'; accounts: OtpAccount[]; uri: string; problems: string[] }
  | { kind: 'broken'; problem: string }
  | { kind: 'other'; what: string };

const OTHER_KINDS: [RegExp, () => string][] = [
  [/^https?:\/\//i, () => i18n.t('qrKind.webAddress')],
  [/^WIFI:/i, () => i18n.t('qrKind.wifi')],
  [/^BEGIN:VCARD/i, () => i18n.t('qrKind.contact')],
  [/^BEGIN:VEVENT|^BEGIN:VCALENDAR/i, () => i18n.t('qrKind.calendar')],
  [/^(bitcoin|ethereum|upi|paypal|venmo|cashapp):|^BCD\r?\n|^SPC\r?\n/i, () => i18n.t('qrKind.payment')],
  [/^mailto:/i, () => i18n.t('qrKind.email')],
  [/^(tel|sms|smsto):/i, () => i18n.t('qrKind.phone')],
  [/^geo:/i, () => i18n.t('qrKind.map')],
];

/** Sorts a decoded text into an account, an export batch, a damaged setup code, or something else. */
export function classifyQrText(text: string): QrFinding {
  const trimmed = text.trim();
  try {
    if (/^otpauth:/i.test(trimmed))
      return { kind: 'account', account: parseOtpauthUri(trimmed), uri: trimmed };
    if (/^otpauth-migration:/i.test(trimmed)) {
      // One entry that cannot be used is said, and its neighbours still come in.
      const { accounts, problems } = readMigrationUri(trimmed);
      if (accounts.length === 0)
        return { kind: 'broken', problem: problems[0] ?? i18n.t('otpError.exportEmpty') };
      return { kind: 'batch', accounts, uri: trimmed, problems };
    }
  } catch (error) {
    if (error instanceof OtpUriError) return { kind: 'broken', problem: error.message };
    throw error;
  }
  const what = (
    OTHER_KINDS.find(([pattern]) => pattern.test(trimmed))?.[1] ?? (() => i18n.t('qrKind.text'))
  )();
  return { kind: 'other', what };
}
