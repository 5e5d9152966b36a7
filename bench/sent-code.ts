import { BrowserSession } from '../tests/e2e/harness/session';
import { startSimulator } from '../tests/fixtures/server/index';
import { PASSWORD, PP_USER } from '../tests/fixtures/server/users';

// The time from a PracticePanther email appearing in the person's Gmail tab to its code being
// offered for the code step (the built extension, the simulator's Gmail, real Chromium). The
// baseline in the same run: from the same moment to the row being drawn in the Gmail page
// itself (what the page takes to show it; the extension cannot see it sooner).
export async function measureSentCode(runs = 3): Promise<{ ms: number; baselineMs: number }> {
  const sim = await startSimulator();
  const session = await BrowserSession.launch(sim, { grantHosts: ['https://mail.google.com/*'] });
  try {
    await session.ask('settings.update', { codeSources: ['gmail'] });
    const gmail = await session.open('https://mail.google.com/mail/u/0/');
    const offered: number[] = [];
    const drawn: number[] = [];
    for (let i = 0; i < runs; i++) {
      await session.context.clearCookies();
      const pp = await session.open('https://app.practicepanther.com/');
      await pp.fill('#Email', PP_USER.email);
      await pp.fill('#Password', PASSWORD);
      await pp.click('button[type=submit]');
      const tabId = await session.tabIdOf(pp);
      const message = sim.state.messages.at(-1)!;
      const code = sim.state.outbox.at(-1)!.code;
      const seen = gmail
        .waitForFunction((c) => document.body.innerText.includes(c), code, { polling: 10, timeout: 15_000 })
        .then(() => Date.now());
      const key = `tab:${tabId}:status`;
      for (const started = Date.now(); Date.now() - started < 15_000;) {
        const status = (await session.inWorker((k) => chrome.storage.session.get(k), key)) as Record<
          string,
          { sentCode?: { state: string; code?: string } }
        >;
        if (status[key]?.sentCode?.code === code) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      offered.push(Date.now() - message.at);
      drawn.push((await seen) - message.at);
      await pp.close();
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    return { ms: median(offered), baselineMs: median(drawn) };
  } finally {
    await session.close();
    await sim.close();
  }
}
