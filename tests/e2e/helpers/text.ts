/**
 * What an element shows, or '' while it is not there yet: for polling until a message appears
 * (a locator's innerText throws, or waits, when there is nothing to read).
 */
export const shownText = (locator: { innerText(): Promise<string> }) => (): Promise<string> =>
  locator.innerText().catch(() => '');
