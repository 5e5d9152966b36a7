import { formatList } from '@/lib/i18n';
import { aegis } from './aegis';
import { authenticatorExtension } from './authenticator-extension';
import { setupLinks } from './setup-links';
import { twoFas } from './two-fas';
import type { ImportFormat } from './types';

/** Every export this extension reads, in the order they are tried. */
export const IMPORT_FORMATS: readonly ImportFormat[] = [aegis, twoFas, authenticatorExtension, setupLinks];

/** "A, B, C or D", for the settings page and the message about an unknown file. */
export function formatNames(): string {
  return formatList(
    IMPORT_FORMATS.map((f) => f.label()),
    'disjunction',
  );
}
