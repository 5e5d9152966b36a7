import { i18n } from '@/lib/i18n';
import type { Portal } from '@/lib/portals';
import type { Warning } from './types';

/** Banner: a private window is never remembered, so every sign-in there asks for a code. */
export function privateWindowWarning(portal: Portal, incognito: boolean): Warning | null {
  if (!incognito) return null;
  return {
    id: `private-window-${portal.id}`,
    title: i18n.t('warning.privateTitle', [portal.name]),
    message: i18n.t('warning.private', [portal.name]),
  };
}
