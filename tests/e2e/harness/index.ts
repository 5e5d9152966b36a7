import { afterAll, beforeAll } from 'vitest';
import { startSimulator, type Simulator } from '../../fixtures/server/index';
import { BrowserSession, type LaunchOptions } from './session';

export { BrowserSession } from './session';

/** One simulator and one browser for a whole test file; returns getters filled in beforeAll. */
export function useBrowser(options: LaunchOptions = {}) {
  let sim: Simulator;
  let session: BrowserSession;
  beforeAll(async () => {
    sim = await startSimulator();
    // A window on the run's virtual screen, so the real shortcut and menu can be used.
    session = await BrowserSession.launch(sim, { display: Boolean(process.env.DISPLAY), ...options });
  });
  afterAll(async () => {
    // Errors the service worker logged while this file ran: none is expected. Taken before the
    // browser closes: a request its shutdown cuts short ("The browser is shutting down") is the
    // close's doing, not the extension's (seen once on CI, a settings page asking as it closed).
    const errors = [...(session?.workerErrors ?? [])];
    await session?.close();
    await sim?.close();
    if (errors.length) throw new Error(`The service worker logged errors:\n${errors.join('\n')}`);
  });
  return {
    get sim() {
      return sim;
    },
    get session() {
      return session;
    },
  };
}
