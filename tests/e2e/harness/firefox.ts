import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ALL_HOSTS } from '../../fixtures/server/hosts';
import { xdotool } from './display';

// Firefox ESR (from Debian) driven by puppeteer-core over WebDriver BiDi, with the built
// firefox-mv3 package installed as a temporary add-on, in a window on the run's virtual screen
// so the person's own keys (the shortcuts) reach it. Firefox's match patterns ignore the port
// but the page's origin keeps it, so the simulator must listen on 443 for the real origins.

const FIREFOX = '/usr/bin/firefox-esr';
const EXTENSION_DIR = resolve('.output/firefox-mv3');
export const GECKO_ID = 'second-factor-companion@secondfactorcompanion.org';
/** Fixed, so the extension's pages have a known address. */
const UUID = '5f1d2c3b-4a59-4e1f-9a7c-2b8d6e0f1a3c';

type WebExtensions = typeof chrome; // Firefox's `browser.*` has the same shape for what we use here

export class FirefoxSession {
  private constructor(
    readonly browser: Browser,
    /** One of the extension's own pages, in a tab: the test's way to read what the browser holds. */
    private helper: Page,
  ) {}

  /**
   * Reads through another of the extension's pages from now on (one in a private window sees
   * that window's popup; the normal window's pages do not). Returns a way back.
   */
  async readThrough(page: Page): Promise<() => void> {
    const before = this.helper;
    this.helper = page;
    return () => (this.helper = before);
  }

  /** The extension's options page in a new private window, opened with a site beside it. */
  async privateWindow(url: string): Promise<{ page: Page; helper: Page; windowId: number }> {
    const before = new Set(await this.browser.pages());
    const window = (await this.inExtension(
      (b, u) => b.windows.create({ incognito: true, url: [u.site, u.helper] }),
      { site: url, helper: `moz-extension://${UUID}/options.html` },
    ))!;
    let helper: Page | undefined;
    let page: Page | undefined;
    for (let i = 0; i < 100 && !(helper && page); i++) {
      const fresh = (await this.browser.pages()).filter((p) => !before.has(p));
      page = fresh.find((p) => p.url().startsWith(url));
      // The driver does not name extension pages' addresses: ask the page itself.
      for (const p of fresh)
        if (p !== page && (await p.evaluate(() => location.protocol).catch(() => '')) === 'moz-extension:')
          helper = p;
      await new Promise((r) => setTimeout(r, 100));
    }
    if (!helper || !page) throw new Error(`The private window did not show ${url} and the options page`);
    return { page, helper, windowId: window.id! };
  }

  static async launch(): Promise<FirefoxSession> {
    if (!existsSync(FIREFOX))
      throw new Error(`${FIREFOX} is missing: run "apt-get install -y firefox-esr" as root, then try again.`);
    if (!process.env.DISPLAY) throw new Error('Firefox runs in a window: the run has no virtual screen.');
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: false,
      acceptInsecureCerts: true,
      args: ['--remote-allow-system-access', '--width=1200', '--height=800'],
      extraPrefsFirefox: {
        'network.dns.localDomains': ALL_HOSTS.join(','),
        'network.trr.mode': 5,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        // The browser's "allow this site?" question when a source is turned on in Settings is
        // answered yes, as the person would (the driver cannot reach Firefox's own doorhanger).
        'extensions.webextOptionalPermissionPrompts': false,
      },
    });
    await browser.installExtension(EXTENSION_DIR);
    const helper = await browser.newPage();
    await openExtensionPage(helper, 'options.html');
    return new FirefoxSession(browser, helper);
  }

  /** Runs code in the extension's options page (its `browser.*` APIs), for setup and reading. */
  async inExtension<R, A>(fn: (browser: WebExtensions, arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.helper.evaluate(
      (source, a) => new Function('b', 'a', `return (${source})(b, a)`)((globalThis as never)['browser'], a),
      fn.toString(),
      arg as never,
    ) as Promise<R>;
  }

  /** Sends a message to the background from one of our own pages, as the popup would. */
  async ask<T = unknown>(name: string, request: unknown): Promise<T> {
    const reply = (await this.inExtension((b, m) => b.runtime.sendMessage(m), { name, request })) as {
      ok: boolean;
      value?: T;
      error?: string;
    };
    if (!reply?.ok) throw new Error(`${name}: ${reply?.error ?? 'no answer'}`);
    return reply.value as T;
  }

  /** One of the extension's own pages (settings, say) in a new tab. */
  async openExtensionPage(file: string): Promise<Page> {
    const page = await this.browser.newPage();
    await openExtensionPage(page, file);
    return page;
  }

  async open(url: string): Promise<Page> {
    const page = await this.browser.newPage();
    await page.goto(url);
    return page;
  }

  /** The browser's id for the tab showing this page (the one in front). */
  async tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    const url = page.url();
    const tabs = await this.inExtension((b) => b.tabs.query({}), null);
    const tab = tabs.find((t) => t.url === url && t.active) ?? tabs.find((t) => t.url === url);
    if (!tab?.id) throw new Error(`No tab shows ${url}`);
    return tab.id;
  }

  async badgeText(page: Page): Promise<string> {
    const tabId = await this.tabIdOf(page);
    return this.inExtension((b, id) => b.action.getBadgeText({ tabId: id }), tabId);
  }

  /**
   * Text inside one of our closed shadow roots (banner, note): pages cannot read it; a script
   * the extension runs in the tab can, through Firefox's openOrClosedShadowRoot.
   */
  async closedShadowText(tabId: number, hostTag: string): Promise<string> {
    const [result] = await this.inExtension(
      (b, a) =>
        b.scripting.executeScript({
          target: { tabId: a.tabId },
          args: [a.hostTag],
          func: (tag: string) => {
            const host = document.querySelector(tag) as
              (Element & { openOrClosedShadowRoot?: ShadowRoot }) | null;
            return host?.openOrClosedShadowRoot?.textContent ?? '';
          },
        }),
      { tabId, hostTag },
    );
    return String(result?.result ?? '');
  }

  /** Presses keys in the browser's window, as a person does (brings the page's tab to the front first). */
  async pressKeys(page: Page, keys: string): Promise<void> {
    await page.bringToFront();
    await page.waitForFunction(() => document.visibilityState === 'visible');
    const [window] = (await xdotool('search', '--onlyvisible', '--class', 'firefox')).split('\n');
    await xdotool('windowfocus', '--sync', window!, 'key', '--clearmodifiers', keys);
  }

  /** Presses keys in the newest browser window (one the driver does not see, such as a private window). */
  async pressKeysInNewestWindow(keys: string): Promise<void> {
    const window = (await xdotool('search', '--onlyvisible', '--class', 'firefox')).split('\n').at(-1);
    await xdotool('windowfocus', '--sync', window!, 'key', '--clearmodifiers', keys);
  }

  /** Opens the toolbar popup with its shortcut (Alt+Shift+K) on this page's tab. */
  async openPopup(page: Page): Promise<FirefoxPopup> {
    await this.pressKeys(page, 'alt+shift+k');
    return this.popupShown();
  }

  /** The popup once it shows (opened by the shortcut, or by the extension itself after a scan). */
  async popupShown(): Promise<FirefoxPopup> {
    const popup = new FirefoxPopup(this);
    await popup.waitFor((text) => text.length > 0);
    return popup;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/**
 * The real toolbar popup. Firefox does not hand it to the test driver, so the test reads it the
 * way the extension's own pages can (extension.getViews) and works it only with real keys.
 */
export class FirefoxPopup {
  constructor(private readonly session: FirefoxSession) {}

  /** What the popup shows, and the name of what has the keyboard focus. */
  async read(): Promise<{ text: string; focused: string } | null> {
    return this.session.inExtension((b) => {
      const [view] = b.extension.getViews({ type: 'popup' });
      if (!view) return null;
      const active = view.document.activeElement as HTMLInputElement | null;
      return {
        text: view.document.body.innerText,
        focused:
          active?.getAttribute('aria-label') ?? active?.labels?.[0]?.innerText ?? active?.innerText ?? '',
      };
    }, null);
  }

  /** Clicks the control whose name starts with `name`, with the real mouse, where it is on screen. */
  async click(name: string): Promise<void> {
    // The popup draws its card once the tab's status comes back: wait for the control a while.
    let spot = await this.spotOf(name);
    for (let tries = 0; !spot && tries < 50; tries++) {
      await new Promise((r) => setTimeout(r, 200));
      spot = await this.spotOf(name);
    }
    if (!spot) throw new Error(`No control named "${name}" in the popup.`);
    await xdotool('mousemove', String(spot.x), String(spot.y), 'click', '1');
  }

  /** Where on screen the control whose name starts with `name` is, if the popup shows it. */
  private spotOf(name: string): Promise<{ x: number; y: number } | null> {
    return this.session.inExtension((b, wanted) => {
      const [view] = b.extension.getViews({ type: 'popup' });
      if (!view) return null;
      const nameOf = (el: HTMLElement) =>
        el.getAttribute('aria-label') ??
        (el as HTMLInputElement).labels?.[0]?.innerText ??
        el.innerText ??
        '';
      const found = [
        ...view.document.querySelectorAll<HTMLElement>('button, input, a, select, textarea'),
      ].find((el) => nameOf(el).trim().startsWith(wanted));
      if (!found) return null;
      const box = found.getBoundingClientRect();
      const screen = view as unknown as { mozInnerScreenX: number; mozInnerScreenY: number };
      return {
        x: Math.round(screen.mozInnerScreenX + box.x + box.width / 2),
        y: Math.round(screen.mozInnerScreenY + box.y + box.height / 2),
      };
    }, name);
  }

  async text(): Promise<string> {
    return (await this.read())?.text ?? '';
  }

  async waitFor(test: (text: string) => boolean, timeoutMs = 10_000): Promise<string> {
    const end = Date.now() + timeoutMs;
    let text = '';
    while (Date.now() < end) {
      text = await this.text();
      if (test(text)) return text;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`The popup did not show what was expected. It showed:\n${text}`);
  }

  /**
   * Presses Tab until the focused control's name starts with `name`, as a keyboard user does.
   * At least one key: Firefox gives a popup the keys only once it is tabbed (or clicked) into,
   * even when the popup has already put its focus on the control (its first card's button).
   */
  async tabTo(name: string): Promise<void> {
    // Already there: one step back and forward again, which gives the popup the keys either way.
    const already = (await this.read())?.focused.startsWith(name);
    await xdotool('key', already ? 'shift+Tab' : 'Tab');
    for (let i = 0; i < 40; i++) {
      if ((await this.read())?.focused.startsWith(name)) return;
      await xdotool('key', 'Tab');
    }
    throw new Error(`No control named "${name}" could be reached with Tab in the popup.`);
  }

  /** Tabs to a button and presses Return on it. */
  async press(name: string): Promise<void> {
    await this.tabTo(name);
    await xdotool('key', 'Return');
  }

  /** Types text into the focused control with real keys, and Return if asked. */
  async type(text: string, thenReturn = false): Promise<void> {
    await xdotool('type', '--delay', '20', text);
    if (thenReturn) await xdotool('key', 'Return');
  }

  async close(): Promise<void> {
    if (await this.read()) await xdotool('key', 'Escape');
  }
}

/** Extension pages open only with system access, and their load never reports done: poll instead. */
async function openExtensionPage(page: Page, file: string): Promise<void> {
  await page.goto(`moz-extension://${UUID}/${file}`, { timeout: 1_000 }).catch(() => {});
  for (let i = 0; i < 100; i++) {
    const ready = await page
      .evaluate(() => document.readyState === 'complete' && 'browser' in globalThis)
      .catch(() => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The extension's ${file} did not open in Firefox.`);
}
