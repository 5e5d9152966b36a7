// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPage } from './page-kind';
import { NEGATIVE_PAGES } from '../../tests/fixtures/server/portals/generic-negatives';

// happy-dom has no layout; give every element a size so visibility checks pass.
function page(html: string): Document {
  document.body.innerHTML = html;
  for (const el of document.querySelectorAll('*')) {
    (el as HTMLElement).getBoundingClientRect = () => ({
      width: 200,
      height: 200,
      top: 0,
      left: 0,
      right: 200,
      bottom: 200,
      x: 0,
      y: 0,
      toJSON: () => ({}),
    });
  }
  return document;
}

describe('challenge pages', () => {
  const positives: [string, string][] = [
    ['autocomplete one-time-code', '<input autocomplete="one-time-code">'],
    [
      'PracticePanther security code',
      '<h1>Verify it\'s you</h1><p>A security code was sent to your email.</p><label for="c">Security code</label><input id="c" name="SecurityCode" maxlength="6">',
    ],
    [
      'PracticeQ ng-model code box',
      '<p>Open your authenticator app. Please enter the security code.</p><label for="code">Security Code</label><input id="code" type="text" maxlength="6">',
    ],
    [
      'TherapyAppointment 8 digits',
      '<p>We sent a text to (***) ***-0123. Enter the 8 digit code below.</p><label for="v">Verification code</label><input id="v" name="verification_code" maxlength="8" inputmode="numeric">',
    ],
    [
      'ambiguous "code" with page context',
      '<p>We sent a code to your phone.</p><input name="code" maxlength="6">',
    ],
    ['Spanish', '<p>Hemos enviado un código.</p><label>Código de verificación <input></label>'],
    ['German', '<label>Bestätigungscode <input></label>'],
    ['Japanese', '<label>認証コード <input></label>'],
    // Korean's most common word for a sign-in code ("authentication number").
    [
      'Korean 인증번호',
      '<p>휴대폰으로 인증번호를 발송했습니다.</p><label>인증번호 <input maxlength="6"></label>',
    ],
    // The phone and backup words usually mean another field; here the label says it is the code.
    [
      'a field labelled "code sent to your phone"',
      '<p>Check your messages.</p><label>Code sent to your phone <input maxlength="6"></label>',
    ],
    [
      'a field labelled "authentication or backup code"',
      '<p>Open your authenticator app.</p><label>Authentication or backup code <input maxlength="8"></label>',
    ],
    // No label, name or placeholder: the line just above the box names it.
    [
      'a bare box under "Enter the 6-digit code"',
      '<p>Enter the 6-digit code we emailed you</p><input maxlength="6">',
    ],
    [
      'Spanish "ingrese el código" with a short field',
      '<p>Le enviamos un mensaje.</p><label>Ingrese el código <input name="codigo" maxlength="6"></label>',
    ],
    [
      'split boxes',
      `<p>Enter the code we sent.</p><div>${'<input maxlength="1" inputmode="numeric">'.repeat(6)}</div>`,
    ],
  ];
  for (const [name, html] of positives) {
    it(name, () => expect(detectPage(page(html)).kind).toBe('challenge'));
  }

  it('finds split boxes in order', () => {
    const d = detectPage(
      page(
        `<p>Enter the code we sent.</p><div>${[1, 2, 3, 4, 5, 6].map((i) => `<input id="b${i}" maxlength="1">`).join('')}</div>`,
      ),
    );
    expect(d.fields.map((f) => f.id)).toEqual(['b1', 'b2', 'b3', 'b4', 'b5', 'b6']);
  });

  it('looks inside open shadow roots', () => {
    const doc = page('<div id="host"></div>');
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    const input = doc.createElement('input');
    input.setAttribute('autocomplete', 'one-time-code');
    input.getBoundingClientRect = () => ({ width: 100, height: 20 }) as DOMRect;
    shadow.append(input);
    expect(detectPage(doc).fields).toEqual([input]);
  });
});

describe('not challenges', () => {
  for (const [path, html] of Object.entries(NEGATIVE_PAGES)) {
    it(`the simulator's ${path}`, () => expect(detectPage(page(html)).kind).not.toBe('challenge'));
  }
  const others: [string, string][] = [
    ['a hidden code field', '<input autocomplete="one-time-code" type="hidden">'],
    ['a disabled code field', '<input autocomplete="one-time-code" disabled>'],
    ['recovery code', '<p>Enter a recovery code.</p><label>Recovery code <input maxlength="8"></label>'],
    ['ambiguous "code" without context', '<input name="code" maxlength="6">'],
    ['coupon code', '<p>We sent you a code!</p><label>Coupon code <input maxlength="8"></label>'],
    [
      'a phone number on a page about codes',
      '<p>We sent a code to your phone.</p><label>Phone number <input name="phone" maxlength="8" inputmode="numeric"></label>',
    ],
    [
      'a backup code alone',
      '<p>Lost your phone? Use one of your backup codes.</p><label>Backup code <input name="backup_code" maxlength="8"></label>',
    ],
    // The words about codes are in another part of the page than the form the field is in.
    [
      'a gift card PIN beside a help article about verification codes',
      '<main><article><p>We sent a verification code to your phone.</p></article><aside><h2>Check a balance</h2><form><label>Store PIN <input maxlength="4" inputmode="numeric"></label></form></aside></main>',
    ],
    [
      'a bare box under "Enter your ZIP code"',
      '<p>We will text you a code when it ships.</p><div>Enter your ZIP code</div><input maxlength="5" inputmode="numeric">',
    ],
    [
      'a Spanish postal code',
      '<p>Le enviaremos el código por correo.</p><label>Código postal <input maxlength="5" inputmode="numeric"></label>',
    ],
    [
      'enrollment nag on a dashboard',
      '<div>Enable two-factor authentication</div><input type="search" name="q">',
    ],
  ];
  for (const [name, html] of others)
    it(name, () => expect(detectPage(page(html)).kind).not.toBe('challenge'));

  it('a sign-in form is a sign-in page', () => {
    expect(
      detectPage(page('<input type="email" name="email"><input type="password" name="password">')).kind,
    ).toBe('sign-in');
  });
});

describe('enrollment pages', () => {
  it('a barcode to scan with a code box is enrollment', () => {
    const d = detectPage(
      page(
        '<h1>Set Up Two-Factor Authentication</h1><p>Scan this barcode with the app:</p><img alt="barcode" src="data:,"><label>Enter the code generated by the app <input autocomplete="one-time-code" maxlength="6"></label>',
      ),
    );
    expect(d.kind).toBe('enrollment');
  });

  it('a setup page that writes the key out instead of a barcode is enrollment', () => {
    const html = (key: string) =>
      `<p>Unable to scan? Open the application and enter the key:</p><p>${key}</p><p>Enter the one-time code provided by the application.</p><input name="totp" autocomplete="off" maxlength="6">`;
    expect(detectPage(page(html('KRUG S4ZA MFZW I2LO M5ZC A3LF'))).kind).toBe('enrollment');
    // Capitals without a digit are a heading, not a key: the page stays a code step.
    expect(detectPage(page(html('READ THIS NOTE WITH CARE'))).kind).toBe('challenge');
  });

  // Setup pages in the languages the detector reads, none of them saying "scan".
  const setups: [string, string][] = [
    [
      'Spanish',
      '<h1>Verificación en dos pasos</h1><p>Abra su aplicación de autenticación y lea el código QR.</p><img alt="" src="data:,"><label>Código de verificación <input maxlength="6"></label>',
    ],
    [
      'French',
      '<h1>Authentification à deux facteurs</h1><p>Ajoutez ce code QR dans votre application d’authentification.</p><img alt="" src="data:,"><label>Code de vérification <input maxlength="6"></label>',
    ],
    [
      'German',
      '<h1>Zwei-Faktor-Authentifizierung einrichten</h1><p>Fügen Sie diesen QR-Code in Ihrer Authenticator-App hinzu.</p><img alt="" src="data:,"><label>Bestätigungscode <input maxlength="6"></label>',
    ],
  ];
  for (const [language, html] of setups) {
    it(`a setup page in ${language}`, () => {
      expect(detectPage(page(html)).kind).toBe('enrollment');
    });
  }
});

describe('how sure it is', () => {
  const sure = (html: string) => detectPage(page(html)).confidence;
  it('certain: the site says the field takes a one-time code', () => {
    expect(sure('<input autocomplete="one-time-code">')).toBe('certain');
    expect(sure('<label>Verification code <input></label>')).toBe('certain');
  });
  it('likely: a code-like name and a code’s shape, on a page about codes', () => {
    expect(sure('<p>We texted your phone.</p><input name="otc" type="tel" placeholder="Code">')).toBe(
      'likely',
    );
    expect(
      sure(`<p>Enter the code we sent.</p>${'<input maxlength="1" inputmode="numeric">'.repeat(6)}`),
    ).toBe('likely');
  });
  it('unsure: only the page’s words and the field being alone (no in-page button then)', () => {
    expect(
      sure(
        '<form><p>Enter your Google Authenticator passcode</p><label for="a">Enter Code</label><input id="a" name="answer"></form>',
      ),
    ).toBe('unsure');
  });
});

describe('the page’s language', () => {
  const html =
    '<h1>Join the webinar</h1><label>Room code <input name="code" maxlength="6"></label><footer>Código de conducta</footer>';
  it('an English page’s Spanish footer does not make it about codes', () => {
    const doc = page(html);
    doc.documentElement.lang = 'en';
    expect(detectPage(doc).kind).not.toBe('challenge');
  });
  it('the same words on a page that declares no language: every language is read', () => {
    const doc = page(html);
    doc.documentElement.lang = '';
    expect(detectPage(doc).kind).toBe('challenge');
  });
  it('a Spanish page is read in Spanish (and English)', () => {
    const doc = page(
      '<p>Le enviamos un mensaje.</p><label>Ingrese el código <input name="codigo" maxlength="6"></label>',
    );
    doc.documentElement.lang = 'es-US';
    expect(detectPage(doc).kind).toBe('challenge');
    doc.documentElement.lang = '';
  });
});

describe('evidence weighed in order: the field’s own words, its developers’ name, the line above', () => {
  it('a Rails field named user[otp_attempt] with a code label is the code, whatever "user" says', () => {
    const found = detectPage(
      page(
        '<h1>Two-factor authentication</h1><form><label for="user_otp_attempt">Two-factor code</label><input id="user_otp_attempt" name="user[otp_attempt]" autocomplete="off"></form>',
      ),
    );
    expect(found.kind).toBe('challenge');
    expect(found.fields[0]?.name).toBe('user[otp_attempt]');
  });

  it('a label that says what else a box is wins over a code-like developer name', () => {
    const found = detectPage(
      page(
        '<p>We sent you a code.</p><form><label for="otp">ZIP code</label><input id="otp" name="otp" maxlength="6"></form>',
      ),
    );
    expect(found.kind).not.toBe('challenge');
  });

  it('a captcha is refused by its own row, a sign-in page footer about reCAPTCHA is too far to count', () => {
    const captcha = detectPage(
      page(
        '<p>Enter the code to continue.</p><form><dl><dt><label for="c">Confirmation code:</label></dt><dd><img alt=""></dd><dd><input id="c" name="confirm_code" maxlength="8"></dd><dd>Enter the code exactly as it appears.</dd></dl></form>',
      ),
    );
    expect(captcha.kind).not.toBe('challenge');
    const footer =
      ' This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.'.repeat(
        5,
      );
    const step = detectPage(
      page(
        `<main><h1>Two-step verification</h1><p>Enter the code we sent to your phone.</p><form><label for="c">Code</label><input id="c" name="code" maxlength="6"></form></main><footer>${footer}</footer>`,
      ),
    );
    expect(step.kind).toBe('challenge');
  });

  it('a code box with a recovery box beside it: the code box is the one, the recovery box left alone', () => {
    const found = detectPage(
      page(
        '<p>Enter the code from your authenticator app, or a recovery code.</p><form><label for="c">Code</label><input id="c" name="code"><label for="r">Recovery code</label><input id="r" name="recovery_code"></form>',
      ),
    );
    expect(found.kind).toBe('challenge');
    expect(found.fields.map((f) => f.id)).toEqual(['c']);
  });

  it('a settings page that manages two-factor is no code step, though a bare box sits under its words', () => {
    const found = detectPage(
      page(
        '<h1>Security settings</h1><form><p>Two-factor authentication: on, text messages to •••• 1234</p><input type="tel" name="number"><button>Change</button></form>',
      ),
    );
    expect(found.kind).toBe('none');
  });

  it('setting up a new app on a settings page, with its barcode, is still an enrollment', () => {
    const found = detectPage(
      page(
        '<h1>Security settings</h1><p>Two-factor authentication is on. Scan this QR code with your authenticator app, then enter the code.</p><img alt="barcode" src="qr.png"><form><label for="c">Code</label><input id="c" name="code" maxlength="6" inputmode="numeric"></form>',
      ),
    );
    expect(found.kind).toBe('enrollment');
  });

  it('the line above a bare box makes it a candidate, never a certain code field', () => {
    const found = detectPage(
      page('<form><p>Enter the verification code we sent you.</p><input name="x" maxlength="6"></form>'),
    );
    expect(found).toMatchObject({ kind: 'challenge', confidence: 'likely' });
  });
});
