import { formatList } from '@/lib/i18n';
import { aegis } from './aegis';
import { andOtp, andOtpEncrypted } from './andotp';
import { authenticatorExtension } from './authenticator-extension';
import { bitwarden, bitwardenCsv } from './bitwarden';
import { enteEncrypted } from './ente';
import { freeOtpPlus } from './freeotp-plus';
import { lastPass } from './lastpass';
import { proton } from './proton';
import { share } from '@/lib/share/format';
import { setupLinks } from './setup-links';
import { stratum, stratumEncrypted } from './stratum';
import { twoFas } from './two-fas';
import type { ImportFormat } from './types';

/**
 * Every export this extension reads, in the order they are tried: each JSON format knows its
 * own top-level shape; the text file of setup links (Google Authenticator's export links, Ente
 * Auth's plain export) comes last, as it takes any text.
 */
export const IMPORT_FORMATS: readonly ImportFormat[] = [
  share,
  aegis,
  twoFas,
  bitwarden,
  enteEncrypted,
  proton,
  lastPass,
  freeOtpPlus,
  stratum,
  andOtp,
  authenticatorExtension,
  stratumEncrypted,
  andOtpEncrypted,
  bitwardenCsv,
  setupLinks,
];

/** "A, B, C or D", for the settings page and the message about an unknown file (each named once). */
export function formatNames(): string {
  return formatList([...new Set(IMPORT_FORMATS.map((f) => f.label()))], 'disjunction');
}
