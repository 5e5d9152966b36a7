import type { CDPSession } from 'playwright-core';

/** The files written to a fresh folder, as a file dialog needs them: their paths. */
async function filesOnDisk(files: { name: string; buffer: Buffer }[]): Promise<string[]> {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'sfc-files-'));
  return files.map((f) => {
    writeFileSync(join(dir, f.name), f.buffer);
    return join(dir, f.name);
  });
}

type Target = { targetId: string; url: string; type: string };

/**
 * The extension's real toolbar popup, opened by a click on the toolbar button. Playwright does
 * not show extension popups as pages, so this drives it over the DevTools protocol: reading its
 * page, and clicking and typing with trusted input events, as a person would.
 */
export class RealPopup {
  private nextId = 1;
  /** Who waits for which DevTools event from the popup (one at a time per event). */
  private readonly events = new Map<string, (params: unknown) => void>();
  private readonly pending = new Map<
    number,
    (reply: { result?: unknown; error?: { message: string } }) => void
  >();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const reply = JSON.parse(event.message) as {
        id?: number;
        result?: unknown;
        error?: { message: string };
        method?: string;
        params?: unknown;
      };
      if (reply.id !== undefined) this.pending.get(reply.id)?.(reply);
      else if (reply.method) this.events.get(reply.method)?.(reply.params);
    });
  }

  /** The popups open now (to tell the one a click opens from one that is still closing). */
  static async openNow(cdp: CDPSession, extensionId: string): Promise<Set<string>> {
    const url = `chrome-extension://${extensionId}/popup.html`;
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Target[] };
    return new Set(targetInfos.filter((t) => t.url === url).map((t) => t.targetId));
  }

  /** Waits for the popup the toolbar click opened, and attaches to it. */
  static async attach(
    cdp: CDPSession,
    extensionId: string,
    before: Set<string>,
    waitMs = 10_000,
  ): Promise<RealPopup> {
    const url = `chrome-extension://${extensionId}/popup.html`;
    for (let i = 0; i < waitMs / 100; i++) {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Target[] };
      const popup = targetInfos.find((t) => t.url === url && t.type === 'page' && !before.has(t.targetId));
      if (popup) {
        const { sessionId } = (await cdp.send('Target.attachToTarget', {
          targetId: popup.targetId,
          flatten: false,
        })) as { sessionId: string };
        const real = new RealPopup(cdp, sessionId);
        await real.send('Runtime.enable');
        return real;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('The toolbar popup did not open');
  }

  private send<T = unknown>(method: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    const answer = new Promise<T>((resolve, reject) => {
      this.pending.set(id, (reply) => {
        this.pending.delete(id);
        if (reply.error) reject(new Error(`${method}: ${reply.error.message}`));
        else resolve(reply.result as T);
      });
    });
    this.cdp
      .send('Target.sendMessageToTarget', {
        sessionId: this.sessionId,
        message: JSON.stringify({ id, method, params }),
      })
      .catch((error: Error) =>
        this.pending.get(id)?.({ error: { message: `the popup is closed (${error.message})` } }),
      );
    return answer;
  }

  /** Runs an expression in the popup and returns its value. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.send<{
      result: { value: T };
      exceptionDetails?: { text: string };
    }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (exceptionDetails) throw new Error(`In the popup: ${exceptionDetails.text}`);
    return result.value;
  }

  /** Shows the popup as in the system's light or dark appearance (prefers-color-scheme). */
  async colorScheme(scheme: 'light' | 'dark'): Promise<void> {
    await this.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-color-scheme', value: scheme }],
    });
  }

  /** All the text the popup shows (what a person reads). */
  text(): Promise<string> {
    return this.evaluate<string>('document.body.innerText');
  }

  /** The text of one part of the popup (by its data-testid), '' when it is not there. */
  textOf(testId: string): Promise<string> {
    return this.evaluate<string>(`document.querySelector('[data-testid="${testId}"]')?.innerText ?? ''`);
  }

  /**
   * Where an element is in the popup's viewport, waiting (as Playwright's actions do) up to ten
   * seconds for it to be there and enabled.
   */
  private async centerOf(finder: string): Promise<{ x: number; y: number }> {
    for (const started = Date.now(); Date.now() - started < 10_000;) {
      const box = await this.evaluate<{ x: number; y: number } | null>(`(() => {
        const el = ${finder};
        if (!el || el.disabled || el.getClientRects().length === 0) return null;
        el.scrollIntoView({ block: 'center' });
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      })()`);
      if (box) return box;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`Not in the popup: ${finder.slice(0, 160)}`);
  }

  private static button(name: string): string {
    return `[...document.querySelectorAll('button')].find((b) => {
      const n = (b.getAttribute('aria-label') || b.innerText).replace(/\\s+/g, ' ').trim();
      return n === ${JSON.stringify(name)} || n.startsWith(${JSON.stringify(name)});
    })`;
  }

  /** Whether a button whose name starts with this is shown. */
  hasButton(name: string): Promise<boolean> {
    return this.evaluate<boolean>(`Boolean(${RealPopup.button(name)})`);
  }

  /** Clicks the button whose name starts with this, with a trusted mouse click. */
  click(name: string): Promise<void> {
    return this.clickAt(RealPopup.button(name));
  }

  /** A trusted mouse click in the middle of the element the expression finds. */
  async clickAt(finder: string): Promise<void> {
    const { x, y } = await this.centerOf(finder);
    for (const type of ['mousePressed', 'mouseReleased']) {
      await this.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
    }
  }

  /** Clicks into a field, selects what is there, and types, as a person does. */
  async typeInto(finder: string, value: string): Promise<void> {
    await this.clickAt(finder);
    await this.evaluate(`(${finder}).select?.()`);
    if (value) await this.send('Input.insertText', { text: value });
    else
      await this.send('Input.dispatchKeyEvent', {
        type: 'keyDown',
        key: 'Delete',
        code: 'Delete',
        windowsVirtualKeyCode: 46,
      });
  }

  /** Puts files into a file field through the browser (DOM.setFileInputFiles), as its dialog would. */
  async chooseFiles(finder: string, files: { name: string; buffer: Buffer }[]): Promise<void> {
    const paths = await filesOnDisk(files);
    await this.centerOf(finder); // waits for it
    const { result } = await this.send<{ result: { objectId: string } }>('Runtime.evaluate', {
      expression: finder,
    });
    await this.send('DOM.setFileInputFiles', { files: paths, objectId: result.objectId });
  }

  /**
   * Clicks the menu item (or button) that opens the browser's file dialog, and answers the
   * dialog with these files, as a person choosing them would.
   */
  async chooseFilesThrough(name: string, files: { name: string; buffer: Buffer }[]): Promise<void> {
    const paths = await filesOnDisk(files);
    await this.send('Page.enable');
    await this.send('Page.setInterceptFileChooserDialog', { enabled: true });
    const opened = new Promise<{ backendNodeId: number }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No file dialog opened from "${name}"`)), 10_000);
      this.events.set('Page.fileChooserOpened', (params) => {
        clearTimeout(timer);
        this.events.delete('Page.fileChooserOpened');
        resolve(params as { backendNodeId: number });
      });
    });
    await this.click(name);
    const { backendNodeId } = await opened;
    await this.send('DOM.setFileInputFiles', { files: paths, backendNodeId });
  }

  private root(): PopupLocator {
    return new PopupLocator(this, '[document]');
  }

  getByTestId(id: string): PopupLocator {
    return this.root().getByTestId(id);
  }

  getByRole(role: string, options: { name?: Name; exact?: boolean } = {}): PopupLocator {
    return this.root().getByRole(role, options);
  }

  getByPlaceholder(text: string): PopupLocator {
    return this.root().getByPlaceholder(text);
  }

  /** A picture of the popup as it is drawn now. */
  async screenshot(options: { path: string }): Promise<void> {
    const { writeFileSync } = await import('node:fs');
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    writeFileSync(options.path, Buffer.from(data, 'base64'));
  }

  /** Loads the popup again (as closing and reopening it would). */
  async reload(): Promise<void> {
    await this.send('Page.reload');
    await new Promise((r) => setTimeout(r, 300));
  }

  getByText(text: string, options: { exact?: boolean } = {}): PopupLocator {
    return this.root().getByText(text, options);
  }

  getByLabel(label: Name): PopupLocator {
    return this.root().getByLabel(label);
  }

  /** Closes the popup, if it is still open (it closes by itself when the page gets the focus). */
  async close(): Promise<void> {
    await Promise.race([
      this.evaluate('window.close()').catch(() => undefined),
      new Promise((r) => setTimeout(r, 1000)), // closing as it answers may leave no answer
    ]);
    await this.cdp.detach().catch(() => undefined);
  }
}

type Name = string | RegExp;
// As Playwright matches names: a string is a case-insensitive part of the name, unless exact.
const nameJs = (name: Name, exact = false) =>
  typeof name === 'string'
    ? exact
      ? `((n) => n === ${JSON.stringify(name)})`
      : `((n) => n.toLowerCase().includes(${JSON.stringify(name.toLowerCase())}))`
    : `((n) => new RegExp(${JSON.stringify(name.source)}, ${JSON.stringify(name.flags)}).test(n))`;

/**
 * A way to find elements in the real popup, with the handful of Playwright locator methods the
 * tests use. `elements` is an expression, evaluated in the popup, that gives an array.
 */
export class PopupLocator {
  constructor(
    private readonly popup: RealPopup,
    private readonly elements: string,
  ) {}

  private within(select: string): PopupLocator {
    return new PopupLocator(this.popup, `(${this.elements}).flatMap((root) => ${select})`);
  }

  /** Only the elements whose text contains `hasText` (case-insensitive). */
  filter({ hasText }: { hasText: string }): PopupLocator {
    return new PopupLocator(
      this.popup,
      `(${this.elements}).filter((el) => el.innerText.toLowerCase().includes(${JSON.stringify(hasText.toLowerCase())}))`,
    );
  }

  getByTestId(id: string): PopupLocator {
    return this.within(`[...root.querySelectorAll('[data-testid="${id}"]')]`);
  }

  getByPlaceholder(text: string): PopupLocator {
    return this.within(`[...root.querySelectorAll('[placeholder="${text}"]')]`);
  }

  getByRole(role: string, options: { name?: Name; exact?: boolean } = {}): PopupLocator {
    const select =
      role === 'button'
        ? 'button, [role=button]'
        : role === 'link'
          ? 'a[href], [role=link]'
          : `[role="${role}"]`;
    const named = options.name ? nameJs(options.name, options.exact) : '(() => true)';
    return this.within(
      `[...root.querySelectorAll('${select}')].filter((b) => ${named}((b.getAttribute('aria-label') || b.innerText).replace(/\\s+/g, ' ').trim()))`,
    );
  }

  getByText(text: string, options: { exact?: boolean } = {}): PopupLocator {
    const test = options.exact ? `t === ${JSON.stringify(text)}` : `t.includes(${JSON.stringify(text)})`;
    return this.within(
      `[...root.querySelectorAll('*')].filter((el) => { const t = el.innerText?.trim() ?? ''; return (${test}) && ![...el.children].some((c) => { const u = c.innerText?.trim() ?? ''; return ${test.replace(/\bt\b/g, 'u')}; }); })`,
    );
  }

  getByLabel(label: Name): PopupLocator {
    return this.within(
      `[...root.querySelectorAll('input, textarea, select')].filter((f) => ${nameJs(label)}(((f.labels?.[0]?.innerText ?? '') || f.getAttribute('aria-label') || '').trim()))`,
    );
  }

  /** Waits (ten seconds at most, as Playwright does) until such an element is there. */
  async waitFor(): Promise<void> {
    for (const started = Date.now(); Date.now() - started < 10_000;) {
      if ((await this.count()) > 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`Not in the popup: ${this.elements.slice(0, 160)}`);
  }

  first(): PopupLocator {
    return new PopupLocator(this.popup, `(${this.elements}).slice(0, 1)`);
  }

  count(): Promise<number> {
    return this.popup.evaluate<number>(`(${this.elements}).length`);
  }

  isVisible(): Promise<boolean> {
    return this.popup.evaluate<boolean>(
      `(${this.elements}).some((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')`,
    );
  }

  isDisabled(): Promise<boolean> {
    return this.popup.evaluate<boolean>(`Boolean((${this.elements})[0]?.disabled)`);
  }

  isChecked(): Promise<boolean> {
    return this.popup.evaluate<boolean>(`Boolean((${this.elements})[0]?.checked)`);
  }

  getAttribute(name: string): Promise<string | null> {
    return this.popup.evaluate<string | null>(
      `(${this.elements})[0]?.getAttribute(${JSON.stringify(name)}) ?? null`,
    );
  }

  async innerText(): Promise<string> {
    for (const started = Date.now(); Date.now() - started < 10_000;) {
      const text = await this.popup.evaluate<string | null>(`(${this.elements})[0]?.innerText ?? null`);
      if (text !== null) return text;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`Not in the popup: ${this.elements.slice(0, 160)}`);
  }

  inputValue(): Promise<string> {
    return this.popup.evaluate<string>(`(${this.elements})[0]?.value ?? ''`);
  }

  allInnerTexts(): Promise<string[]> {
    return this.popup.evaluate<string[]>(`(${this.elements}).map((el) => el.innerText)`);
  }

  click(): Promise<void> {
    return this.popup.clickAt(`(${this.elements})[0]`);
  }

  fill(value: string): Promise<void> {
    return this.popup.typeInto(`(${this.elements})[0]`, value);
  }

  /** Chooses files in a file field, as the browser's file dialog would. */
  setInputFiles(files: { name: string; buffer: Buffer }[]): Promise<void> {
    return this.popup.chooseFiles(`(${this.elements})[0]`, files);
  }
}
