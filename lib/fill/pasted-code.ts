import { i18n } from '@/lib/i18n';
import { UserFacingError } from '@/lib/messaging';
import type { Portal } from '@/lib/portals';

const ANY_CODE = { min: 4, max: 8 };

/**
 * A code typed or pasted by the person: its digits, spaces and dashes ignored. On a known
 * portal it must have as many digits as that portal's codes do.
 */
export function pastedCode(text: string, portal?: Portal): string {
  const digits = text.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits) || digits.length < ANY_CODE.min || digits.length > ANY_CODE.max) {
    throw new UserFacingError(i18n.t('fill.notACode'));
  }
  const { min, max } = portal?.codeLength ?? ANY_CODE;
  if (digits.length < min || digits.length > max) {
    const expected = min === max ? `${min}` : i18n.t('fill.lengthRange', [min, max]);
    throw new UserFacingError(i18n.t('fill.wrongLength', [digits.length, portal!.name, expected]));
  }
  return digits;
}
