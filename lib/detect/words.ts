// Vocabulary for recognising code fields, in the languages practice staff work in
// (docs/portals.md). Matched against an input's id, name, placeholder, aria-label, label and test ids,
// after lower-casing and turning separators into spaces.

/** Decide alone: a field described this way is a one-time code field. */
export const STRONG = [
  'one time code',
  'onetimecode',
  'one time passcode',
  'totp',
  'otp code',
  'otpcode',
  'mfa code',
  'mfacode',
  '2fa code',
  '2facode',
  'two factor',
  'twofactor',
  'verification code',
  'verificationcode',
  'security code',
  'securitycode',
  'authentication code',
  'authcode',
  'auth code',
  'passcode',
  'sms code',
  'smscode',
  'access code',
  'accesscode',
  'login code',
  'código de verificación',
  'codigo de verificacion',
  'código de seguridad',
  'código de verificação',
  'código de segurança',
  'code de vérification',
  'code de sécurité',
  'bestätigungscode',
  'sicherheitscode',
  'verifizierungscode',
  '验证码',
  '驗證碼',
  '認証コード',
  '確認コード',
  '인증 코드',
  '인증코드',
];

/** Need corroboration (length 4–8, numeric keyboard, a page about a code being sent). */
export const AMBIGUOUS = [
  'code',
  'pin',
  'token',
  'otp',
  '2fa',
  'mfa',
  'verify',
  'verification',
  'código',
  'codigo',
  'code',
];

/** Never a second factor, even with "code" in the name. */
export const EXCLUDED = [
  'recovery',
  'backup',
  'bank',
  'coupon',
  'promo',
  'discount',
  'gift',
  'voucher',
  'referral',
  'invite',
  'postal',
  'zip',
  'post code',
  'postcode',
  'user',
  'encode',
  'decode',
  'comment',
  'author',
  'error',
  'search',
  'captcha',
  'card',
  'cvc',
  'cvv',
  'csc',
  'credit',
  'country',
  'area code',
  'phone',
  'tel',
  'quantity',
  'amount',
  'color',
  'colour',
  'source code',
  'zipcode',
];

/** Page text that says a code is on its way or comes from an app. */
export const CHALLENGE_TEXT = [
  'sent to your',
  'we sent',
  'has been sent',
  'was sent',
  'we texted',
  'we called',
  'authenticator',
  'enter the code',
  'enter your code',
  'enter the security code',
  'verification code',
  'security code',
  'two-factor',
  'two factor',
  '2-step',
  'two-step',
  'verify it',
  'access code',
  'digit code',
  'hemos enviado',
  'código',
  'nous avons envoyé',
  'wir haben',
  'gesendet',
  '验证码',
  '認証コード',
  '인증',
];

/** Page text of a card payment step (3-D Secure): its one-time passcode is not a sign-in factor. */
export const PAYMENT_TEXT = [
  'payment',
  'purchase',
  'your bank',
  'card ending',
  'checkout',
  'transaction',
  'pago',
  'paiement',
  'zahlung',
];

/** Autocomplete tokens that mark a field as something else. */
export const EXCLUDED_AUTOCOMPLETE =
  /\b(cc-|postal-code|tel|address|email|username|name|street|country|bday|new-password|current-password)/;

/** Words that say a page is setting 2FA up (a barcode to scan, an app to install). */
export const ENROLLMENT_TEXT = [
  'scan',
  'barcode',
  'qr code',
  'set up two-factor',
  'setup two-factor',
  'authenticator app',
  'add to your authenticator',
];

export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_\-.[\]]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim();
}

export const mentions = (haystack: string, words: readonly string[]) =>
  words.some((w) => haystack.includes(w));
