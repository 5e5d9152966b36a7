import { browser } from 'wxt/browser';
import { originOf, type Self } from './sender';

/** This extension, as the routers compare every sender with it. */
export function ownExtension(): Self {
  return { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/'))! };
}
