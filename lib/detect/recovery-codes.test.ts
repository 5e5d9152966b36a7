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

  it('reads a list whose random codes include one of letters only, beside the others', () => {
    // Codes as ASP.NET draws them (five of letters and digits, a dash, five more), two a line.
    const drawn = ['7KQ2M-XB9PD', 'RTVWX-BCDFG', 'H3JK8-MN4PQ', '2YX9W-V7TR6', 'Q8PN3-M2KJ7', 'CDFGH-JKMNP'];
    const lines = [0, 2, 4].map((i) => `<code>${drawn[i]}</code> <code>${drawn[i + 1]}</code><br>`);
    const doc = page(
      `<h3>Recovery codes</h3><p>Put these codes in a safe place.</p><div class="row"><div class="col">${lines.join('')}</div></div>` +
        // The same shape away from the list is not one of its codes.
        `<footer><span>ABCDE-FGHJK</span></footer>`,
    );
    expect(recoveryCodesOnPage(doc)).toEqual(drawn);
  });

  it('reads one code a box in a grid (Laravel’s way), letters-only ones included', () => {
    const drawn = [
      'Xk3pQ9mZ2w-R7tY1uI4oP',
      'QwErTyUiOp-AsDfGhJkLz',
      'm8N2b4V6c1-x9Z7l5K3j0',
      'a1S2d3F4g5-H6j7K8l9Z0',
      'PoIuYtReWq-9LkJhGfDsA',
    ];
    const doc = page(
      `<p>Store these recovery codes in a secure password manager.</p><div class="grid font-mono">${drawn.map((c) => `<div>${c}</div>`).join('')}</div>`,
    );
    expect(recoveryCodesOnPage(doc)).toEqual(drawn);
  });

  it('does not take a list of words of letters only for codes', () => {
    const doc = page(
      `<p>Backup codes</p><ul>${['Download', 'Printable', 'Regenerate', 'Clipboard', 'Settings'].map((w) => `<li>${w}</li>`).join('')}</ul>`,
    );
    expect(recoveryCodesOnPage(doc)).toEqual([]);
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
