import { isUsableField } from './visible';

/**
 * 4–8 adjacent one-character boxes in one container, the way many sites ask for a 6-digit
 * code. Returns them in order, or null.
 */
export function findSplitBoxes(inputs: HTMLInputElement[]): HTMLInputElement[] | null {
  const singles = inputs.filter(
    (el) =>
      el.maxLength === 1 && ['', 'text', 'tel', 'number', 'password'].includes(el.type) && isUsableField(el),
  );
  const groups = new Map<Element, HTMLInputElement[]>();
  for (const el of singles) {
    const container =
      el.parentElement?.childElementCount === 1 ? el.parentElement.parentElement : el.parentElement;
    if (!container) continue;
    groups.set(container, [...(groups.get(container) ?? []), el]);
  }
  for (const group of groups.values()) if (group.length >= 4 && group.length <= 8) return group;
  return null;
}
