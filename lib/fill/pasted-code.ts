import { UserFacingError } from '@/lib/messaging';

/** A code typed or pasted by the person: 4–8 digits, spaces and dashes ignored. */
export function pastedCode(text: string): string {
  const digits = text.replace(/[\s-]/g, '');
  if (!/^\d{4,8}$/.test(digits)) {
    throw new UserFacingError('That is not a code: paste the 4 to 8 digits from the email or text message.');
  }
  return digits;
}
