import { browser } from 'wxt/browser';
import { noteReading } from './kept';
import { readingFrom } from './reading';

interface Response {
  url: string;
  tabId: number;
  timeStamp: number;
  responseHeaders?: { name: string; value?: string }[];
}

function onResponse(details: Response): undefined {
  // Pages the person opened (not the extension's own requests, which it does not make).
  if (details.tabId < 0 || !details.responseHeaders) return undefined;
  const reading = readingFrom(new URL(details.url).host, details.responseHeaders, details.timeStamp);
  if (reading) void noteReading(reading).catch(() => undefined);
  return undefined; // observed only: the response goes on untouched
}

/**
 * Reads the clock in the Date header of the pages the person opens on the sites the extension
 * already has (its portals and the sites they allowed): observed only, never a request of its
 * own, and nothing else of the response is read. Pages only (documents and frames), not every
 * script and picture: a few readings per sign-in are plenty.
 */
export function watchSiteClocks(): void {
  browser.webRequest.onHeadersReceived.addListener(
    onResponse,
    { urls: ['https://*/*'], types: ['main_frame', 'sub_frame'] },
    ['responseHeaders'],
  );
}
