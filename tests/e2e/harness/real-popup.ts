import type { CDPSession } from 'playwright-core';

type Target = { targetId: string; url: string; type: string };

/**
 * The extension's real toolbar popup, opened by a click on the toolbar button. Playwright does
 * not show extension popups as pages, so this drives it over the DevTools protocol: reading its
 * page, and clicking and typing with trusted input events, as a person would.
 */
export class RealPopup {
  private nextId = 1;
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
      };
      if (reply.id !== undefined) this.pending.get(reply.id)?.(reply);
    });
  }

  /** Waits for the popup the toolbar click opened, and attaches to it. */
  static async attach(cdp: CDPSession, extensionId: string): Promise<RealPopup> {
    const url = `chrome-extension://${extensionId}/popup.html`;
    for (let i = 0; i < 100; i++) {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Target[] };
      const popup = targetInfos.find((t) => t.url === url && t.type === 'page');
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
    void this.cdp.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method, params }),
    });
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

  /** All the text the popup shows (what a person reads). */
  text(): Promise<string> {
    return this.evaluate<string>('document.body.innerText');
  }

  /** The text of one part of the popup (by its data-testid), '' when it is not there. */
  textOf(testId: string): Promise<string> {
    return this.evaluate<string>(`document.querySelector('[data-testid="${testId}"]')?.innerText ?? ''`);
  }

  /** Where a control with this visible name or label is, in the popup's viewport. */
  private async centerOf(finder: string): Promise<{ x: number; y: number }> {
    const box = await this.evaluate<{ x: number; y: number } | null>(`(() => {
      const el = ${finder};
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    })()`);
    if (!box) throw new Error(`Not in the popup: ${finder}`);
    return box;
  }

  private static button(name: string): string {
    return `[...document.querySelectorAll('button')].find((b) => {
      const n = (b.getAttribute('aria-label') || b.innerText).trim();
      return n === ${JSON.stringify(name)} || n.startsWith(${JSON.stringify(name)});
    })`;
  }

  /** Whether a button whose name starts with this is shown. */
  hasButton(name: string): Promise<boolean> {
    return this.evaluate<boolean>(`Boolean(${RealPopup.button(name)})`);
  }

  /** Clicks the button whose name starts with this, with a trusted mouse click. */
  async click(name: string): Promise<void> {
    const { x, y } = await this.centerOf(RealPopup.button(name));
    for (const type of ['mousePressed', 'mouseReleased']) {
      await this.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
    }
  }

  /** Types into the field with this label (or placeholder), as a person types. */
  async fill(label: string, value: string): Promise<void> {
    const field = `[...document.querySelectorAll('input, textarea')].find((f) =>
      (f.labels?.[0]?.innerText ?? '').includes(${JSON.stringify(label)}) ||
      (f.getAttribute('aria-label') ?? '').includes(${JSON.stringify(label)}) ||
      (f.placeholder ?? '').includes(${JSON.stringify(label)}))`;
    const { x, y } = await this.centerOf(field);
    for (const type of ['mousePressed', 'mouseReleased']) {
      await this.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
    }
    await this.evaluate(`(${field}).select?.()`);
    await this.send('Input.insertText', { text: value });
  }

  async close(): Promise<void> {
    await this.evaluate('window.close()').catch(() => undefined); // it closes as it answers
  }
}
