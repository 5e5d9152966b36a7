import { useEffect, useRef } from 'preact/hooks';

/**
 * Gives an element the keyboard when it appears (if `when`). The autofocus attribute only
 * works once per page, so a field shown later (after unlocking, say) would not get it.
 */
export function useFocusWhenShown<T extends HTMLElement>(when: boolean) {
  const ref = useRef<T>(null);
  const done = useRef(false);
  useEffect(() => {
    if (when && !done.current && ref.current) {
      done.current = true;
      ref.current.focus();
    }
  });
  return ref;
}
