import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFrom, localeMessages } from './locales';

export { localeMessages };

/** browser.i18n as Chrome does it, in one shipped language (the fake browser leaves it out). */
export function speak(lang: string): void {
  Object.assign(fakeBrowser.i18n, {
    getUILanguage: () => lang,
    getMessage: getMessageFrom(localeMessages(lang)),
  });
}
