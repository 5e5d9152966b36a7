import { i18n } from '@/lib/i18n';
import { useState } from 'preact/hooks';
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
}

/** Up and Down move between the codes, as in any list; Tab still reaches each row's buttons. */
function moveWithArrows(event: KeyboardEvent) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const list = event.currentTarget as HTMLElement;
  const codes = [...list.querySelectorAll<HTMLButtonElement>('.code-button')];
  const at = codes.findIndex((c) => c.contains(document.activeElement));
  const next = codes[at + (event.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

/**
 * The list of codes. Draws the first rows at once and the rest as the person scrolls, so a
 * vault of hundreds of accounts still opens instantly (measured in `npm run bench`).
 */
export function CodeList({ items, msLeft, codeOf, copiedId, onCopy, onNext, onFill }: Props) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  function onScroll(event: Event) {
    const el = event.currentTarget as HTMLElement;
    if (el.scrollTop + el.clientHeight > el.scrollHeight - 200 && limit < items.length)
      setLimit(limit + PAGE_SIZE);
  }
  return (
    <ul class="codes" aria-label={i18n.t('codes.yours')} onScroll={onScroll} onKeyDown={moveWithArrows}>
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
