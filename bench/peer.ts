import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import type { OtpAccount } from '../lib/otp';
import { benchAccounts } from './accounts';
import { addAccounts, clicksOn, type Round } from './toolbar-popup';

// `npm run bench:peer -- <folder of the Authenticator extension's Chrome build>`: toolbar click
// → codes on screen with 500 accounts, ours against the most-used authenticator extension, in
// one interleaved run (ours, theirs, ours, …). Run by hand: its build is not ours to ship or
// fetch in CI (docs/speed.md says how to make it from its public source).
//
// Both popups get the same small script in a copy of their page: the first element of class
// "code" that holds digits (both name their codes so) is marked for Element Timing, so both are
// timed to the same event, the first code painted.

const PROBE = `new MutationObserver((_, observer) => {
  for (const el of document.querySelectorAll('.code')) {
    if (/^\\d[\\d\\s]{5,}$/.test(el.textContent.trim())) {
      el.setAttribute('elementtiming', 'code');
      observer.disconnect();
      return;
    }
  }
}).observe(document, { subtree: true, childList: true, characterData: true });`;

/** A copy of an extension build whose popup page loads the probe before anything else. */
function probed(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'sfc-peer-'));
  cpSync(dir, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'));
  const popup = join(copy, manifest.action.default_popup);
  writeFileSync(join(copy, 'probe.js'), PROBE);
  writeFileSync(
    popup,
    readFileSync(popup, 'utf8').replace(/<head>/i, '<head><script src="/probe.js"></script>'),
  );
  return copy;
}

/** The Authenticator extension's accounts, as its own storage holds them unencrypted. */
async function seedAuthenticator(
  browser: Browser,
  extensionId: string,
  accounts: OtpAccount[],
): Promise<void> {
  const entries = Object.fromEntries(
    accounts.map((a, index) => {
      const hash = `bench${index}`;
      const entry = { dataType: 'OTPStorage', encrypted: false, type: 'totp', hash, index };
      return [
        hash,
        { ...entry, issuer: a.issuer, account: a.account, secret: a.secret, period: 30, digits: 6 },
      ];
    }),
  );
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${extensionId}/view/qrdebug.html`);
  await page.evaluate((items) => chrome.storage.local.set(items), entries);
  await page.close();
}

const peerDir = process.argv[2];
if (!peerDir || !existsSync(join(peerDir, 'manifest.json'))) {
  console.error('Usage: npm run bench:peer -- <folder of the Authenticator extension built for Chrome>');
  process.exit(2);
}
const accounts = benchAccounts(500);
const ours = probed(resolve('.output/chrome-mv3'));
const theirs = probed(resolve(peerDir));
try {
  const rounds: { ours: Round; theirs: Round }[] = [];
  for (let round = 0; round < Number(process.env.ROUNDS ?? 3); round++) {
    rounds.push({
      ours: await clicksOn(ours, 7, (browser, id) => addAccounts(browser, id, accounts)),
      theirs: await clicksOn(theirs, 7, (browser, id) => seedAuthenticator(browser, id, accounts)),
    });
  }
  const least = (side: 'ours' | 'theirs', key: keyof Round) => Math.min(...rounds.map((r) => r[side][key]));
  for (const key of ['warm', 'cold', 'ownWarm', 'ownCold'] as const) {
    const [us, them] = [least('ours', key), least('theirs', key)];
    console.log(
      JSON.stringify({
        bench: `peer-500-${key}`,
        ms: Math.round(us),
        peerMs: Math.round(them),
        ratio: Math.round((us / them) * 100) / 100,
      }),
    );
  }
} finally {
  rmSync(ours, { recursive: true, force: true });
  rmSync(theirs, { recursive: true, force: true });
}
