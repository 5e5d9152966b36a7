import { browser } from 'wxt/browser';
import type { Warning } from './types';

/** Shows a warning as a browser notification (the banners are shown by the page helper). */
export async function notify(warning: Warning): Promise<void> {
  await browser.notifications.create(warning.id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: warning.title,
    message: warning.message,
  });
}
