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
    throw new UserFacingError('That is not a code: paste the 4 to 8 digits from the email or text message.');
  }
  const { min, max } = portal?.codeLength ?? ANY_CODE;
  if (digits.length < min || digits.length > max) {
    const expected = min === max ? `${min}` : `${min} to ${max}`;
    throw new UserFacingError(
      `That code has ${digits.length} digits, but ${portal!.name} codes have ${expected}. Check the message and paste it again.`,
    );
  }
  return digits;
}
