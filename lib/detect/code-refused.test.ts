// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { codeRefusedOnPage } from './code-refused';

// happy-dom lays nothing out: an element is "shown" unless it says display:none here.
beforeAll(() => {
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const hidden = (this as HTMLElement).style?.display === 'none';
    return { width: hidden ? 0 : 100, height: hidden ? 0 : 20 } as DOMRect;
  };
});

const codeBox = '<input id="code" name="code" autocomplete="one-time-code">';
function refused(html: string): boolean {
  document.body.innerHTML = html;
  return codeRefusedOnPage(document, [document.getElementById('code') as HTMLInputElement]);
}

describe('a code step that says the code was not accepted', () => {
  it('reads the error messages sign-in software shows', () => {
    // ASP.NET Core Identity's validation summary, Devise's flash, Fortify's error list, GitHub's flash.
    expect(
      refused(
        `<div class="text-danger validation-summary-errors"><ul><li>Invalid authenticator code.</li></ul></div>${codeBox}`,
      ),
    ).toBe(true);
    expect(refused(`<p class="alert">Invalid two-factor code.</p>${codeBox}`)).toBe(true);
    expect(
      refused(
        `<div><ul class="mt-3 text-sm text-red-600"><li role="alert">The provided two factor authentication code was invalid.</li></ul></div>${codeBox}`,
      ),
    ).toBe(true);
    expect(
      refused(`<div class="flash flash-full flash-error">Two-factor authentication failed.</div>${codeBox}`),
    ).toBe(true);
    expect(refused(`<p role="alert">El código no es válido. Vuelva a intentarlo.</p>${codeBox}`)).toBe(true);
  });

  it('reads a code box the page marks invalid', () => {
    expect(refused('<input id="code" name="code" aria-invalid="true">')).toBe(true);
  });

  it('is not fooled by a page that only offers help, or an error box that is hidden or empty', () => {
    expect(
      refused(
        `<p>Enter the code from your app.</p><p class="alert">Didn’t get a code? Send it again.</p>${codeBox}`,
      ),
    ).toBe(false);
    expect(refused(`<div class="error" style="display:none">Invalid code</div>${codeBox}`)).toBe(false);
    expect(
      refused(
        `<div class="validation-summary-valid"></div><span class="field-validation-error"></span>${codeBox}`,
      ),
    ).toBe(false);
    expect(refused(`<p>If the code is wrong, ask for a new one.</p>${codeBox}`)).toBe(false); // prose, not an error
  });
});
