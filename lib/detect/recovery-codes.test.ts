// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { recoveryCodesOnPage } from './recovery-codes';

const codes = Array.from(
  { length: 10 },
  (_, i) => `${(0x1a2b3 + i * 7919).toString(16)}-${(0x4c5d6 + i * 104729).toString(16).slice(0, 5)}`,
);

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('recovery codes shown on a page', () => {
  it('reads a setup page’s list of backup codes', () => {
    const doc = page(
      `<h2>Save your backup codes</h2><p>Each code can be used once.</p><ul>${codes.map((c) => `<li><code>${c}</code></li>`).join('')}</ul>`,
    );
    expect(recoveryCodesOnPage(doc)).toEqual(codes);
  });

  it('reads codes written one per line in a block, in Spanish', () => {
    const doc = page(`<p>Guarde sus códigos de recuperación</p><pre>${codes.join('\n')}</pre>`);
    expect(recoveryCodesOnPage(doc)).toEqual(codes);
  });

  it('is not fooled by order numbers on a page that says nothing of recovery codes', () => {
    const doc = page(
      `<h2>Your orders</h2><table>${codes.map((c) => `<tr><td>${c}</td></tr>`).join('')}</table>`,
    );
    expect(recoveryCodesOnPage(doc)).toEqual([]);
  });

  it('wants several codes of one shape, not a few numbers about recovery', () => {
    const doc = page(
      `<p>Recovery email: 2 days ago</p><span>ab12-34</span><span>9999 88 7</span><span>x1y2z3</span>`,
    );
    expect(recoveryCodesOnPage(doc)).toEqual([]);
  });
});
