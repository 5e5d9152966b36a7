import type { Portal } from '@/lib/portals';
import type { Warning } from './types';

/** Banner: a private window is never remembered, so every sign-in there asks for a code. */
export function privateWindowWarning(portal: Portal, incognito: boolean): Warning | null {
  if (!incognito) return null;
  return {
    id: `private-window-${portal.id}`,
    title: `${portal.name} will ask for a code`,
    message: `This is a private window: ${portal.name} will not remember it, and will ask for a code every time you sign in here.`,
  };
}
