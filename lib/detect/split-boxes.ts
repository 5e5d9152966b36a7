import { CODE_INPUT_TYPES, isUsableField } from './visible';

/** Wider than this, a box holds more than one character. */
const MAX_BOX_WIDTH = 72;

/**
 * 4–8 small boxes of one size in a row, the way many sites ask for a 6-digit code: found by
 * what a person sees (geometry), whatever limits each box (maxlength, size, CSS width), and
 * whether they sit in one container or in groups (3 – 3). Returns them in order, or null.
 */
export function findSplitBoxes(candidates: HTMLInputElement[]): HTMLInputElement[] | null {
  const boxes = candidates
    .filter((el) => CODE_INPUT_TYPES.has(el.type) && isUsableField(el))
    .map((el) => ({ el, rect: el.getBoundingClientRect() }))
    .filter(({ el, rect }) => el.maxLength === 1 || rect.width <= MAX_BOX_WIDTH);
  const rows: (typeof boxes)[] = [];
  for (const box of boxes) {
    const row = rows.find(
      ([first]) =>
        Math.abs(first!.rect.top - box.rect.top) <= 4 &&
        Math.abs(first!.rect.height - box.rect.height) <= 4 &&
        Math.abs(first!.rect.width - box.rect.width) <= 4,
    );
    if (row) row.push(box);
    else rows.push([box]);
  }
  for (const row of rows) {
    row.sort((a, b) => a.rect.left - b.rect.left);
    // Neighbours close together: one code, not a form's fields that happen to line up.
    const together = row.every(
      (box, i) => i === 0 || box.rect.left - row[i - 1]!.rect.right <= 2 * box.rect.width,
    );
    if (together && row.length >= 4 && row.length <= 8) return row.map(({ el }) => el);
  }
  return null;
}

/**
 * Inputs that may be one box of a split code, cheapest test first: a one-character limit, or,
 * without a limit, 4–8 text inputs side by side in one container (sized by CSS, like Stripe's).
 */
export function splitBoxCandidates(inputs: HTMLInputElement[]): HTMLInputElement[] {
  const limited = inputs.filter((el) => el.maxLength === 1);
  if (limited.length >= 4) return limited;
  const byParent = new Map<Element, HTMLInputElement[]>();
  for (const el of inputs) {
    if (el.maxLength >= 0 || !CODE_INPUT_TYPES.has(el.type) || !el.parentElement) continue;
    byParent.set(el.parentElement, [...(byParent.get(el.parentElement) ?? []), el]);
  }
  const rows = [...byParent.values()].filter((group) => group.length >= 4 && group.length <= 8);
  return rows.flat();
}
