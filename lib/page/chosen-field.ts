// The field a person pointed at themselves: the one they right-clicked (for "Fill two-factor
// code" in the menu) or the one the keyboard is in (for the shortcut). Used only when the
// detector found no code field, so a code step it misses can still be filled by hand's choice.

const TEXT_TYPES = new Set(['', 'text', 'tel', 'number', 'search']);
/** A right-click counts for the menu that follows it, not for ever. */
const RIGHT_CLICK_COUNTS_MS = 60_000;

function isCodeCapable(el: Element | null): el is HTMLInputElement {
  return (
    el instanceof HTMLInputElement &&
    TEXT_TYPES.has(el.type) &&
    !el.disabled &&
    !el.readOnly &&
    el.isConnected &&
    el.getClientRects().length > 0
  );
}

export function watchChosenField(doc: Document) {
  let rightClicked: { field: Element | null; at: number } = { field: null, at: 0 };
  doc.addEventListener(
    'contextmenu',
    (event) => {
      if (event.isTrusted) rightClicked = { field: event.target as Element | null, at: Date.now() };
    },
    true,
  );
  return {
    /** The right-clicked field (within the last minute), else the focused one, if it can take a code. */
    field(): HTMLInputElement | null {
      const recent = Date.now() - rightClicked.at < RIGHT_CLICK_COUNTS_MS ? rightClicked.field : null;
      if (isCodeCapable(recent)) return recent;
      const focused = doc.hasFocus() ? doc.activeElement : null;
      return isCodeCapable(focused) ? focused : null;
    },
  };
}
