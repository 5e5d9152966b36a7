import { isRecoveryBox } from './code-field';
import { CODE_INPUT_TYPES, isUsableField } from './visible';
import { AMBIGUOUS, mentions, normalize, RECOVERY_FIELD } from './words';

/** The recovery-code box a code step offers beside its code box (or instead of it), if any. */
export function recoveryBox(doc: Document): HTMLInputElement | null {
  return (
    [...doc.querySelectorAll('input')].find(
      (el) => CODE_INPUT_TYPES.has(el.type) && isRecoveryBox(el) && isUsableField(el),
    ) ?? null
  );
}

/**
 * How a code step offers a recovery code: a box for one, or a link or button that leads to it
 * ("Use a recovery code", "¿Perdiste tu teléfono? Usa un código de recuperación").
 */
export function recoveryOffer(doc: Document): 'box' | 'link' | null {
  if (recoveryBox(doc)) return 'box';
  const links = doc.querySelectorAll('a, button, [role="button"], summary');
  for (const link of [...links].slice(0, 300)) {
    const text = normalize(link.textContent ?? '');
    if (text.length < 80 && mentions(text, RECOVERY_FIELD) && mentions(text, AMBIGUOUS)) return 'link';
  }
  return null;
}
