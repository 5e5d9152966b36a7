import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyQrText } from './qr-kind';
import { exportUri } from '../../tests/fixtures/imports/google-export';

describe('what a QR code is', () => {
  it('a setup code becomes an account', () => {
    const found = classifyQrText(
      'otpauth://totp/PracticeQ:a%40b.test?secret=JBSWY3DPEHPK3PXP&issuer=PracticeQ',
    );
    expect(found).toMatchObject({ kind: 'account', account: { issuer: 'PracticeQ', account: 'a@b.test' } });
  });

  it('a damaged setup code says what is wrong', () => {
    expect(classifyQrText('otpauth://totp/x?secret=12345')).toMatchObject({
      kind: 'broken',
      problem: expect.stringMatching(/not allowed/),
    });
  });

  it('an export code with one entry that cannot be used: the others come in, and it says which', () => {
    const link = exportUri([
      { secret: new Uint8Array(20).fill(1), name: 'Clio:desk' },
      { secret: new Uint8Array(20).fill(2), name: 'Old:md5', algorithm: 4 },
    ]);
    const found = classifyQrText(link);
    expect(found).toMatchObject({
      kind: 'batch',
      accounts: [{ issuer: 'Clio' }],
      problems: [expect.stringMatching(/\b2\b/)],
    });
  });

  it('other codes say what they are', () => {
    const cases: [string, string][] = [
      ['https://clinic.example/intake', 'a web address'],
      ['WIFI:S:Clinic;T:WPA;P:secret;;', 'a Wi-Fi network'],
      ['BEGIN:VCARD\nFN:Dr Who\nEND:VCARD', 'a contact card'],
      ['BCD\n002\n1\nSCT\n', 'a payment code'],
      ['bitcoin:1abc?amount=1', 'a payment code'],
      ['hello there', 'plain text'],
    ];
    for (const [text, what] of cases) expect(classifyQrText(text)).toEqual({ kind: 'other', what });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `otpauth://${s}`),
          fc.string().map((s) => `otpauth-migration://offline?data=${s}`),
        ),
        (text) => {
          expect(['account', 'batch', 'broken', 'other']).toContain(classifyQrText(text).kind);
        },
      ),
      { numRuns: 500 },
    );
  });
});
