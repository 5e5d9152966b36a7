// Makes the QR benchmark's screenshots with Debian's Chromium: 2FA setup pages of many looks
// (small codes at 2–3 px per module, noisy backgrounds, dark mode, 1080p to 4K) and pages
// without a code. Run once: node --import tsx scripts/make-qr-screenshots.ts
import { writeFileSync } from 'node:fs';
import QRCode from 'qrcode';
import { chromium } from 'playwright-core';

const uri = (n: number) =>
  `otpauth://totp/Practice${n}:staff${n}%40practice.test?secret=${'JBSWY3DPEHPK3PXP'.repeat(2)}${'ABCDEFGH'.slice(0, n % 8)}&issuer=Practice${n}`;
const noise = `<canvas id="noise" style="position:fixed;inset:0;z-index:-1"></canvas><script>const c=document.getElementById('noise');c.width=innerWidth;c.height=innerHeight;const x=c.getContext('2d');for(let i=0;i<40000;i++){x.fillStyle='hsl('+(i*37%360)+',60%,'+(30+i%50)+'%)';x.fillRect(Math.random()*c.width,Math.random()*c.height,2+Math.random()*6,2+Math.random()*6)}</script>`;
const prose = Array.from(
  { length: 60 },
  (_, i) =>
    `<p>Client note ${i}: session scheduled, intake forms received, billing code 908${i}, follow-up in two weeks.</p>`,
).join('');

interface Shot {
  name: string;
  /** What the code in it holds (null: no code), for bench:qr to check each decode against. */
  text: string | null;
  width: number;
  height: number;
  dpr: number;
  html: string;
}

async function codeImg(text: string, scale: number, dark = false, svg = false): Promise<string> {
  const colors = dark ? { dark: '#e6edf3ff', light: '#161b22ff' } : { dark: '#000000ff', light: '#ffffffff' };
  if (svg)
    return (await QRCode.toString(text, { type: 'svg', margin: 2, color: colors })).replace(
      '<svg ',
      `<svg width="${scale * 45}" height="${scale * 45}" `,
    );
  return `<img src="${await QRCode.toDataURL(text, { margin: 2, scale, color: colors })}" alt="barcode">`;
}

const page = (body: string, dark = false) =>
  `<html><body style="margin:0;font:15px Arial;background:${dark ? '#0d1117;color:#e6edf3' : '#f6f8fa'}"><div style="padding:40px">${body}</div></body></html>`;

const shots: Shot[] = [
  {
    name: '1080p-plain',
    text: uri(1),
    width: 1920,
    height: 1080,
    dpr: 1,
    html: page(`<h1>Set Up Two-Factor Authentication</h1>${await codeImg(uri(1), 5)}`),
  },
  {
    name: '1080p-prose-small',
    text: uri(2),
    width: 1920,
    height: 1080,
    dpr: 1,
    html: page(
      `<div style="display:flex;gap:40px;align-items:flex-start"><div style="width:1200px">${prose}</div><div>${await codeImg(uri(2), 3)}</div></div>`,
    ),
  },
  {
    name: '1080p-noise',
    text: uri(3),
    width: 1920,
    height: 1080,
    dpr: 1,
    html: page(
      `${noise}<div style="position:absolute;left:1300px;top:500px;background:#fff;padding:8px">${await codeImg(uri(3), 4)}</div>`,
    ),
  },
  {
    name: '1080p-dark',
    text: uri(4),
    width: 1920,
    height: 1080,
    dpr: 1,
    html: page(
      `<h1>Two-factor setup</h1><div style="display:flex;gap:60px;align-items:flex-start"><div>${prose.slice(0, 3000)}</div>${await codeImg(uri(4), 4, true)}</div>`,
      true,
    ),
  },
  {
    name: '1440p-svg-dense',
    text: uri(5) + '&image=' + 'x'.repeat(120),
    width: 2560,
    height: 1440,
    dpr: 1,
    html: page(
      `<h1>Scan</h1>${prose.slice(0, 4000)}${await codeImg(uri(5) + '&image=' + 'x'.repeat(120), 3, false, true)}`,
    ),
  },
  {
    name: '4k-dpr2',
    text: uri(6),
    width: 1920,
    height: 1080,
    dpr: 2,
    html: page(
      `${prose.slice(0, 6000)}<div style="position:absolute;right:200px;bottom:150px">${await codeImg(uri(6), 2)}</div>`,
    ),
  },
  {
    name: '4k-noise',
    text: uri(7),
    width: 3840,
    height: 2160,
    dpr: 1,
    html: page(
      `${noise}<div style="position:absolute;left:2900px;top:1500px;background:#fff;padding:10px">${await codeImg(uri(7), 3)}</div>`,
    ),
  },
  {
    name: '4k-dpr3-small',
    text: uri(8),
    width: 1280,
    height: 720,
    dpr: 3,
    html: page(
      `${prose.slice(0, 5000)}<div style="position:absolute;left:900px;top:80px">${await codeImg(uri(8), 1)}</div>`,
    ),
  },
  { name: 'none-1080p-prose', text: null, width: 1920, height: 1080, dpr: 1, html: page(prose) },
  { name: 'none-4k-noise', text: null, width: 3840, height: 2160, dpr: 1, html: page(noise) },
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const shot of shots) {
  const context = await browser.newContext({
    viewport: { width: shot.width, height: shot.height },
    deviceScaleFactor: shot.dpr,
  });
  const p = await context.newPage();
  await p.setContent(shot.html);
  await p.screenshot({ path: `bench/qr-screens/${shot.name}.png` });
  await context.close();
  console.log(shot.name);
}
await browser.close();
const expected = Object.fromEntries(shots.map((shot) => [`${shot.name}.png`, shot.text]));
writeFileSync('bench/qr-screens/expected.json', `${JSON.stringify(expected, null, 2)}\n`);
