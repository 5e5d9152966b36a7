import { readFileSync } from 'node:fs';
import type { BrowserSession } from '../e2e/harness/session';

// The Chrome Web Store's images, made from the demo's own screenshots: 1280×800 screenshots
// (a caption, the page, the popup over it as a person sees it) and the 440×280 small tile.
const png = (path: string) => `data:image/png;base64,${readFileSync(path).toString('base64')}`;

const SHOTS = [
  {
    file: 'store-1280x800-1-fill.png',
    caption: 'Fills the two-factor code, only on the site the account belongs to',
    page: '05-filled-by-the-in-page-button.png',
    popup: '04-popup-on-practiceq-challenge.png',
  },
  {
    file: 'store-1280x800-2-warning.png',
    caption: 'Says when a portal no longer remembers this browser, before you sign in',
    page: '06-therapyappointment-not-remembered-banner.png',
  },
  {
    file: 'store-1280x800-3-scan.png',
    caption: 'Adds an account from the setup QR code on the page: no phone needed',
    page: '07a-practiceq-setup-page.png',
    popup: '07-scan-practiceq-setup-qr.png',
  },
];

const FRAME = `body{margin:0;font-family:system-ui,sans-serif;background:#1f6f5c;overflow:hidden}
  h1{margin:0;height:96px;display:flex;align-items:center;justify-content:center;color:#fff;font-size:30px;font-weight:600}
  .page{position:absolute;left:40px;top:96px;width:1200px;border-radius:8px 8px 0 0;box-shadow:0 4px 24px #0006}
  .popup{position:absolute;right:56px;top:120px;max-height:640px;border-radius:8px;box-shadow:0 8px 32px #0008}`;

/** Writes the store images into `out`, from the screenshots already there. */
export async function makeStoreImages(session: BrowserSession, out: string): Promise<string[]> {
  const canvas = await session.context.newPage();
  const made: string[] = [];
  try {
    await canvas.setViewportSize({ width: 1280, height: 800 });
    for (const shot of SHOTS) {
      const popup = shot.popup ? `<img class="popup" src="${png(`${out}/${shot.popup}`)}">` : '';
      await canvas.setContent(
        `<style>${FRAME}</style><h1>${shot.caption}</h1><img class="page" src="${png(`${out}/${shot.page}`)}">${popup}`,
      );
      await canvas.screenshot({ path: `${out}/${shot.file}` });
      made.push(shot.file);
    }
    await canvas.setViewportSize({ width: 440, height: 280 });
    await canvas.setContent(
      `<style>body{margin:0;height:280px;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:12px;background:#1f6f5c;color:#fff;font-family:system-ui,sans-serif;text-align:center}
        h1{margin:0;font-size:28px}p{margin:0 24px;font-size:16px;opacity:.95}</style>
       <img src="${png('public/icon/128.png')}" width="96" height="96" alt="">
       <h1>Second Factor Companion</h1><p>Two-factor codes for practice portals, filled only where they belong</p>`,
    );
    await canvas.screenshot({ path: `${out}/store-tile-440x280.png` });
    made.push('store-tile-440x280.png');
  } finally {
    await canvas.close();
  }
  return made;
}
