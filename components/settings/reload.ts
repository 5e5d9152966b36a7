import { useEffect } from 'preact/hooks';

/**
 * Loads a section's list now, and again whenever the person comes back to the page: codes are
 * filled and copied elsewhere (the popup, the shortcut), and the list should show them.
 */
export function useLoadWhenShown(load: () => void): void {
  useEffect(() => {
    load();
    const again = () => {
      if (document.visibilityState === 'visible') load();
    };
    document.addEventListener('visibilitychange', again);
    window.addEventListener('focus', again);
    return () => {
      document.removeEventListener('visibilitychange', again);
      window.removeEventListener('focus', again);
    };
  }, []);
}
