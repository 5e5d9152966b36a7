import { i18n } from '@/lib/i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AccountSummary } from '@/lib/messaging/types';
import { CodeRow } from './CodeRow';

/** Rows drawn at first and per scroll step: a popup shows about eight at a time. */
const PAGE_SIZE = 40;

interface Props {
  items: AccountSummary[];
  msLeft: (item: AccountSummary) => number | null;
  codeOf: (item: AccountSummary) => string;
  copiedId: string | null;
  onCopy: (item: AccountSummary) => void;
  onNext: (item: AccountSummary) => void;
  onFill?: (item: AccountSummary) => void;
  /** What the list is called for screen readers ("Your codes", "Codes for this page"). */
  label?: string;
  /** The popup's first card: larger codes, and the first Fill has the keyboard. */
  featured?: boolean;
}

/**
 * Up and Down move between the accounts, as in any list, staying on the same control (from one
 * Fill to the next, from one code to the next); Tab still reaches each row's buttons.
 */
function moveWithArrows(event: KeyboardEvent) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const list = event.currentTarget as HTMLElement;
  const rows = [...list.querySelectorAll<HTMLElement>('.code-row')];
  const at = rows.findIndex((r) => r.contains(document.activeElement));
  const row = rows[at + (event.key === 'ArrowDown' ? 1 : -1)];
  if (!row) return;
  const onFill = document.activeElement?.classList.contains('fill-button');
  const next =
    (onFill && row.querySelector<HTMLElement>('.fill-button')) ||
    row.querySelector<HTMLElement>('.code-button');
  event.preventDefault();
  next?.focus();
}

/**
 * The list of codes. Draws the first rows at once and the rest as the person scrolls, so a
 * vault of hundreds of accounts still opens instantly (measured in `npm run bench`).
 */
export function CodeList(props: Props) {
  const { items, msLeft, codeOf, copiedId, onCopy, onNext, onFill, label, featured } = props;
  const [limit, setLimit] = useState(PAGE_SIZE);
  const list = useRef<HTMLUListElement>(null);
  const focused = useRef(false);
  // The first card's Fill is the popup's primary action: Enter performs it.
  useEffect(() => {
    if (!featured || focused.current) return;
    const fill = list.current?.querySelector<HTMLElement>('.fill-button');
    if (fill) {
      focused.current = true;
      fill.focus();
    }
  });
  function onScroll(event: Event) {
    const el = event.currentTarget as HTMLElement;
    if (el.scrollTop + el.clientHeight > el.scrollHeight - 200 && limit < items.length)
      setLimit(limit + PAGE_SIZE);
  }
  return (
    <ul
      ref={list}
      class={featured ? 'codes featured' : 'codes'}
      aria-label={label ?? i18n.t('codes.yours')}
      onScroll={onScroll}
      onKeyDown={moveWithArrows}
    >
      {items.slice(0, limit).map((item) => (
        <CodeRow
          key={item.id}
          item={item}
          msLeft={msLeft(item)}
          code={codeOf(item)}
          copied={copiedId === item.id}
          onCopy={onCopy}
          onNext={onNext}
          onFill={onFill}
        />
      ))}
      {items.length > limit && (
        <li class="more">
          <button class="link" onClick={() => setLimit(limit + PAGE_SIZE)}>
            {i18n.t('codes.showMore', [Math.min(PAGE_SIZE, items.length - limit)])}
          </button>
        </li>
      )}
    </ul>
  );
}
