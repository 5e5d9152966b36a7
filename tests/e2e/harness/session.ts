import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
  type Worker,
} from 'playwright-core';
import type { Simulator } from '../../fixtures/server/index';
import { browserWindows, xdotool } from './display';
import { RealPopup } from './real-popup';
import {
  assertPrerequisites,
  freshProfile,
  removeProfile,
  startChromium,
  type RunningChromium,
} from './chromium';

export interface LaunchOptions {
  /** Reuse a profile folder (kept after close); default a fresh one, removed on close. */
  profileDir?: string;
  /** Allow the extension in incognito windows (edits the profile's Preferences). */
  incognito?: boolean;
  /**
   * Optional host permissions to treat as already granted (match patterns), as if the person
   * had said yes to the browser's prompt, which cannot be answered headless.
   */
  grantHosts?: string[];
  /** More Chromium flags, e.g. --force-device-scale-factor=2. */
  args?: string[];
  display?: boolean;
  /** The browser's own language (as a person sets it), e.g. 'es': browser.i18n follows it. */
  language?: string;
  /** Leave open the first-run page the extension opens on install (closed otherwise). */
  keepWelcome?: boolean;
}

/** One Chromium with the built extension, connected over CDP. */
export class BrowserSession {
  readonly workerErrors: string[] = [];
  private helperPage: Page | null = null;

  private constructor(
    readonly sim: Simulator,
    readonly profileDir: string,
    private readonly ownsProfile: boolean,
    private readonly chrome: RunningChromium,
    readonly browser: Browser,
    readonly context: BrowserContext,
    readonly extensionId: string,
  ) {}

  static async launch(sim: Simulator, options: LaunchOptions = {}): Promise<BrowserSession> {
    assertPrerequisites();
    const profileDir = options.profileDir ?? freshProfile();
    if (options.incognito || options.grantHosts) {
      // The id is only known once the extension has been loaded into this profile.
      const first = await BrowserSession.open(sim, profileDir, false, options);
      const id = first.extensionId;
      await first.close();
      editExtensionPrefs(profileDir, id, (ext) => {
        if (options.incognito) ext.incognito = true;
        for (const key of ['granted_permissions', 'active_permissions']) {
          for (const list of ['explicit_host', 'scriptable_host']) {
            ext[key] ??= {};
            ext[key][list] = [...new Set([...(ext[key][list] ?? []), ...(options.grantHosts ?? [])])];
          }
        }
      });
    }
    return BrowserSession.open(sim, profileDir, options.profileDir === undefined, options);
  }

  private static async open(
    sim: Simulator,
    profileDir: string,
    ownsProfile: boolean,
    options: LaunchOptions,
  ) {
    const firstRun = !existsSync(join(profileDir, 'Default'));
    const chrome = await startChromium(
      profileDir,
      sim.resolverRules,
      options.display,
      options.args,
      options.language,
    );
    const browser = await chromium.connectOverCDP(chrome.wsEndpoint);
    const context = browser.contexts()[0]!;
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    const session = new BrowserSession(sim, profileDir, ownsProfile, chrome, browser, context, extensionId);
    session.watch(worker);
    context.on('serviceworker', (w) => session.watch(w));
    await session.watchUncaught();
    // A new profile is a first install: the extension opens its welcome page, as for a person.
    // Tests start from a browser with just their own pages, unless they look at that page.
    if (firstRun) session.welcomePage = await session.waitForWelcome();
    if (session.welcomePage && !options.keepWelcome) {
      await session.welcomePage.close();
      session.welcomePage = null;
    }
    return session;
  }

  /** The first-run page of this session's install, once it has opened (null: none in 5 s). */
  welcomePage: Page | null = null;

  private async waitForWelcome(): Promise<Page | null> {
    for (const started = Date.now(); Date.now() - started < 5_000;) {
      const open = this.context.pages().find((p) => p.url() === this.extensionUrl('welcome.html'));
      if (open) return open;
      await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  }

  /**
   * Uncaught errors and unhandled rejections in every service worker of the extension, for the
   * whole run (Playwright reports only a worker's console). Through the DevTools protocol: each
   * worker target, including the ones that start after a stop, reports Runtime.exceptionThrown.
   */
  private async watchUncaught(): Promise<void> {
    const cdp = await this.browser.newBrowserCDPSession();
    const prefix = `chrome-extension://${this.extensionId}/`;
    const attached = new Set<string>();
    const attach = async (target: { targetId: string; type: string; url: string }) => {
      if (target.type !== 'service_worker' || !target.url.startsWith(prefix) || attached.has(target.targetId))
        return;
      attached.add(target.targetId);
      const { sessionId } = (await cdp.send('Target.attachToTarget', {
        targetId: target.targetId,
        flatten: false,
      })) as { sessionId: string };
      await cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: 1, method: 'Runtime.enable', params: {} }),
      });
    };
    cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
      const message = JSON.parse(event.message) as {
        method?: string;
        params?: { exceptionDetails: { text: string; exception?: { description?: string } } };
      };
      if (message.method !== 'Runtime.exceptionThrown') return;
      const details = message.params!.exceptionDetails;
      this.workerErrors.push(`${details.text} ${details.exception?.description ?? ''}`.trim());
    });
    cdp.on(
      'Target.targetCreated',
      (event: { targetInfo: { targetId: string; type: string; url: string } }) => {
        void attach(event.targetInfo).catch(() => undefined);
      },
    );
    await cdp.send('Target.setDiscoverTargets', { discover: true });
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    for (const target of targetInfos) await attach(target).catch(() => undefined);
  }

  private watch(worker: Worker): void {
    worker.on('console', (message) => {
      if (message.type() === 'error') this.workerErrors.push(message.text());
    });
  }

  /** The extension's current service worker (a new one after a restart). */
  async worker(): Promise<Worker> {
    const prefix = `chrome-extension://${this.extensionId}/`;
    const found = this.context.serviceWorkers().find((w) => w.url().startsWith(prefix));
    return found ?? (await this.context.waitForEvent('serviceworker', { timeout: 15_000 }));
  }

  async inWorker<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return (await this.worker()).evaluate(fn as (arg: unknown) => R | Promise<R>, arg);
  }

  async open(url: string): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(url);
    return page;
  }

  extensionUrl(path: string): string {
    return `chrome-extension://${this.extensionId}/${path}`;
  }

  /** A tab the browser or the extension opened (a link with target=_blank, say), once it is there. */
  async waitForPage(matches: (url: string) => boolean): Promise<Page> {
    for (const started = Date.now(); Date.now() - started < 10_000;) {
      const page = this.context.pages().find((p) => matches(p.url()));
      if (page) {
        await page.waitForLoadState();
        return page;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('The expected tab did not open');
  }

  async tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    // Without the "tabs" permission the extension cannot see URLs of sites it has no host
    // permission for, so ask for the active tab once the page is in front.
    const id = await this.inWorker(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id;
    }, null);
    if (id === undefined) throw new Error(`No tab found for ${page.url()}`);
    return id;
  }

  async badgeText(page: Page): Promise<string> {
    const tabId = await this.tabIdOf(page);
    return this.inWorker((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  }

  /** What the background keeps for this page's tab (session:tab:<id>:<item>), as stored. */
  async tabItem<T>(page: Page, item: string): Promise<T | null> {
    const key = `tab:${await this.tabIdOf(page)}:${item}`;
    const stored = (await this.inWorker((k) => chrome.storage.session.get(k), key)) as Record<string, T>;
    return stored[key] ?? null;
  }

  /** What the page helper last reported for this page's tab (its kind of page), once it has. */
  async reportedKind(page: Page): Promise<string | null> {
    return (await this.tabItem<{ kind?: string }>(page, 'status'))?.kind ?? null;
  }

  async cookies(url: string): Promise<chrome.cookies.Cookie[]> {
    return this.inWorker((u) => chrome.cookies.getAll({ url: u }), url);
  }

  /** Stops the MV3 service worker as the browser does when idle. */
  async stopServiceWorker(anyPage: Page): Promise<void> {
    const cdp = await this.context.newCDPSession(anyPage);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
  }

  /**
   * Text inside our closed shadow roots (banners, notes): pages cannot read it, and neither
   * can Playwright's locators; the DevTools protocol can.
   */
  async closedShadowText(page: Page, hostTag: string): Promise<string> {
    const cdp = await this.context.newCDPSession(page);
    type Node = { nodeName: string; nodeValue?: string; children?: Node[]; shadowRoots?: Node[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    await cdp.detach();
    const texts: string[] = [];
    const collect = (node: Node) => {
      if (node.nodeName === 'STYLE') return; // our pinned styles, not words a person reads
      if (node.nodeName === '#text' && node.nodeValue) texts.push(node.nodeValue);
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) collect(child);
    };
    const find = (node: Node) => {
      if (node.nodeName === hostTag.toUpperCase()) (node.shadowRoots ?? []).forEach(collect);
      else for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) find(child);
    };
    find(root);
    return texts.join(' ');
  }

  /** Sends a message to the background from one of our own pages, as the popup would. */
  async ask<T = unknown>(name: string, request: unknown): Promise<T> {
    this.helperPage ??= await this.open(this.extensionUrl('options.html'));
    const reply = await this.helperPage.evaluate(
      ([n, r]) => chrome.runtime.sendMessage({ name: n, request: r }),
      [name, request] as const,
    );
    if (!reply?.ok) throw new Error(`${name}: ${reply?.error ?? 'no answer'}`);
    return reply.value as T;
  }

  /** Brings the page's tab to the front of its window and waits until the browser shows it. */
  async inFront(page: Page): Promise<void> {
    await page.bringToFront();
    await page.waitForFunction(() => document.visibilityState === 'visible', null, { timeout: 5_000 });
  }

  /** Clicks the toolbar button on this page's tab and returns the popup that opens, as a person sees it. */
  async openToolbarPopup(page: Page): Promise<RealPopup> {
    await this.inFront(page);
    const cdp = await this.browser.newBrowserCDPSession();
    const before = await RealPopup.openNow(cdp, this.extensionId);
    await this.clickToolbar(page);
    return RealPopup.attach(cdp, this.extensionId, before);
  }

  /**
   * Does something after which the extension opens its own popup (a scan by shortcut or menu
   * opens it to show what was found) and returns that popup; clicks the toolbar button if the
   * browser did not let it open by itself.
   */
  async popupAfter(page: Page, action: () => Promise<void>): Promise<RealPopup> {
    const cdp = await this.browser.newBrowserCDPSession();
    const before = await RealPopup.openNow(cdp, this.extensionId);
    await action();
    try {
      return await RealPopup.attach(cdp, this.extensionId, before, 5_000);
    } catch {
      await this.clickToolbar(page);
      return RealPopup.attach(cdp, this.extensionId, await RealPopup.openNow(cdp, this.extensionId));
    }
  }

  /** Clicks the toolbar button for a tab (grants activeTab, opens the popup). */
  async clickToolbar(page: Page): Promise<void> {
    const cdp = await this.browser.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
      targetInfos: { targetId: string; url: string }[];
    };
    const target = targetInfos.find((t) => t.url === page.url());
    if (!target) throw new Error(`No tab target for ${page.url()}`);
    await cdp.send(
      'Extensions.triggerAction' as never,
      { id: this.extensionId, targetId: target.targetId } as never,
    );
    await cdp.detach();
  }

  /** The screen window showing this page's tab, in front and focused, as a person would have it. */
  private async focusWindowOf(page: Page): Promise<string> {
    await this.inFront(page);
    const title = await page.title();
    const windows = await browserWindows();
    let chosen = windows.at(-1);
    for (const w of windows) {
      const name = await xdotool('getwindowname', w).catch(() => '');
      if (title && name.startsWith(title)) chosen = w;
    }
    if (!chosen) throw new Error('No browser window on the screen: is the session running with a display?');
    await xdotool('windowfocus', '--sync', chosen);
    return chosen;
  }

  /** Presses keys on the keyboard with this page in front (xdotool on the virtual screen). */
  async pressKeys(page: Page, keys: string): Promise<void> {
    await this.focusWindowOf(page);
    // The window manager may say the window is focused a moment before the page has the keyboard
    // (a key pressed then went nowhere, once on CI): wait for the page to say so.
    await page
      .waitForFunction(() => document.hasFocus(), null, { timeout: 3_000, polling: 50 })
      .catch(() => undefined);
    await xdotool('key', '--clearmodifiers', keys);
  }

  /**
   * Right-clicks an element with the mouse and picks the extension's item in the browser's own
   * menu with the keyboard: it sits just above "Inspect", the last item (hence Up, Up).
   */
  async chooseFromContextMenu(page: Page, target: Locator): Promise<void> {
    await this.focusWindowOf(page);
    const box = await target.boundingBox();
    if (!box) throw new Error('Nothing to right-click: the element is not on screen');
    const frame = await page.evaluate(() => ({
      x: window.screenX,
      y: window.screenY + window.outerHeight - window.innerHeight,
    }));
    const x = Math.round(frame.x + box.x + box.width / 2);
    const y = Math.round(frame.y + box.y + box.height / 2);
    // --sync waits for the pointer to move: from where it already is, it never would.
    await xdotool('mousemove', '0', '0');
    await xdotool('mousemove', '--sync', String(x), String(y));
    await xdotool('click', '3');
    await page.waitForTimeout(400); // the native menu has no DOM to wait for
    await xdotool('key', 'Up', 'Up', 'Return');
  }

  /** Presses the fill shortcut, Alt+Shift+O, as a person does. */
  async pressFillShortcut(page: Page): Promise<void> {
    await this.pressKeys(page, 'alt+shift+o');
  }

  /** Presses keys wherever the keyboard is now (an open popup has it), as a person does. */
  async pressKeysHere(keys: string): Promise<void> {
    await xdotool('key', '--clearmodifiers', keys);
  }

  /** Types text wherever the keyboard is now, key by key, as a person does. */
  async typeHere(text: string): Promise<void> {
    await xdotool('type', '--delay', '20', text);
  }

  /** Presses the scan shortcut, Alt+Shift+Q, as a person does. */
  async pressScanShortcut(page: Page): Promise<void> {
    await this.pressKeys(page, 'alt+shift+q');
  }

  /** Closes Chromium the orderly way (it writes its Preferences on exit), killing it if it hangs. */
  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.chrome.process.exitCode !== null) resolve();
      else this.chrome.process.once('exit', () => resolve());
    });
    try {
      const cdp = await this.browser.newBrowserCDPSession();
      await cdp.send('Browser.close');
    } catch {
      // already gone
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    this.chrome.process.kill('SIGKILL');
    await this.browser.close().catch(() => undefined);
    if (this.ownsProfile) removeProfile(this.profileDir);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Chromium's own JSON
function editExtensionPrefs(profileDir: string, extensionId: string, edit: (settings: any) => void): void {
  const file = join(profileDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  prefs.extensions ??= {};
  prefs.extensions.settings ??= {};
  prefs.extensions.settings[extensionId] ??= {};
  edit(prefs.extensions.settings[extensionId]);
  writeFileSync(file, JSON.stringify(prefs));
}
