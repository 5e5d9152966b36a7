import { describe, expect, it } from 'vitest';
import { portalForHost } from '@/lib/portals';
import { pastedCode } from './pasted-code';

describe('a code pasted from an email or text message', () => {
  it('keeps the digits, without spaces and dashes', () => {
    expect(pastedCode(' 482 913 ')).toBe('482913');
    expect(pastedCode('1234-5678', portalForHost('portal.therapyappointment.com'))).toBe('12345678');
  });

  it('refuses what is not a code, in words for the person', () => {
    for (const text of ['', 'abc123', '12', '123456789', '12.34.56']) {
      expect(() => pastedCode(text), text).toThrow(/not a code/);
    }
  });

  it("refuses a code of the wrong length for the portal, naming the portal's length", () => {
    const therapyAppointment = portalForHost('portal.therapyappointment.com');
    expect(() => pastedCode('48291', therapyAppointment)).toThrow(
      /5 digits, but TherapyAppointment codes have 6 to 8/,
    );
    expect(() => pastedCode('4829', portalForHost('app.clio.com'))).toThrow(/Clio codes have 6\./);
  });
});
