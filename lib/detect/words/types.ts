/**
 * The words of one language that tell a code step from everything else. Field words are
 * matched against a field's id, name, placeholder, aria-label, labels and test ids (lower-cased,
 * separators as spaces); page words against the page's text.
 */
export interface Vocabulary {
  /** The languages (lang="…" prefixes) these words are in. */
  languages: string[];
  /** Decide alone: a field described this way is a one-time code field. */
  codeField: string[];
  /** Need corroboration (4–8 characters or a numeric keyboard, and a page about a code). */
  maybeCodeField: string[];
  /** Never a second factor, whatever else the field's name says (card, coupon, postal code…). */
  neverCode: string[];
  /**
   * Usually something else (a phone number, a backup code), unless the field's name also says
   * it takes the sign-in code: "code sent to your phone", "authentication or backup code".
   */
  otherUnlessCode: string[];
  /** Name a recovery (backup) code box, the code box's partner when the phone is lost. */
  recoveryField: string[];
  /** A captcha's own words in a field's row ("enter the characters in the image"). */
  captcha: string[];
  /** Beside "code", say it is the sign-in code after all ("authentication or backup code"). */
  codeHint: string[];
  /** Page text that says a code is on its way or comes from an app. */
  challenge: string[];
  /** Page text of a card payment (3-D Secure): its passcode is the bank's, not a sign-in factor. */
  payment: string[];
  /** Page text of a settings page that manages two-factor (on, off, change the phone): not a code step. */
  management: string[];
  /** Page text that says two-factor is being set up (a barcode to scan, an app to install). */
  enrollment: string[];
  /** An error message's words that say the code typed was not accepted ("that code is not right"). */
  codeRefused: string[];
}
