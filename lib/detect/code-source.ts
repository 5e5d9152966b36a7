import { normalize } from './words';

/** Where the page says its code comes from: an authenticator app, or a message sent to the person. */
export type CodeSource = 'app' | 'message';

const APP_WORDS = ['authenticator', 'authentication app', 'google authenticator', 'microsoft authenticator'];
const MESSAGE_WORDS = [
  'we sent',
  'we texted',
  'we emailed',
  'we called',
  'sent a code',
  'text message',
  'sms',
];

/**
 * Read from the page's own words, for what the popup and badge say, and on a bound site
 * whether to look for a sent code (never for who gets a code). A page that names both (an app, "or we can text you") counts as the app: that is
 * what it asks for first.
 */
export function codeSourceOf(text: string): CodeSource | null {
  const words = normalize(text);
  if (APP_WORDS.some((w) => words.includes(w))) return 'app';
  if (MESSAGE_WORDS.some((w) => words.includes(w))) return 'message';
  return null;
}
