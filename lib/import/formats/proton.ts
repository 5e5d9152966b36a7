import { i18n } from '@/lib/i18n';
import { collect, fromLink, isObject, str } from './entries';
import type { ImportFormat } from './types';

/** Proton Authenticator's export: { version, entries: [{ content: { uri, entry_type, name } }] }. */
export const proton: ImportFormat = {
  label: () => i18n.t('importFormat.proton'),
  input: 'json',
  recognizes: (value) =>
    isObject(value) &&
    Array.isArray(value.entries) &&
    value.entries.every((e) => isObject(e) && isObject(e.content)),
  read: (value) =>
    collect(
      i18n.t('importFormat.protonSource'),
      (value as { entries: unknown[] }).entries,
      (e) => fromLink(str((e.content as { uri?: unknown }).uri)),
      (e) => str((e.content as { name?: unknown }).name),
    ),
};
