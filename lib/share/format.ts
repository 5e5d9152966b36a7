import { requirePassword } from '@/lib/import/formats/errors';
import type { ImportFormat } from '@/lib/import/formats/types';
import { i18n } from '@/lib/i18n';
import { isShareFile, readShare, shareSource } from './file';

/** A colleague's share, read through Import like any other export: its sites come with it. */
export const share: ImportFormat = {
  label: () => i18n.t('importFormat.share'),
  input: 'json',
  recognizes: isShareFile,
  async read(value, password) {
    const source = shareSource(value as object);
    const { account, bindings } = await readShare(value, requirePassword(password, source));
    return { source, accounts: [account], problems: [], sites: [bindings] };
  },
};
