import { describe, expect, it } from 'vitest';
import { speak } from '../../tests/i18n';
import { pastedCode } from '@/lib/fill/pasted-code';
import { formatDay, formatDaysAgo, formatList, i18n } from '.';

describe('the person’s language', () => {
  it('gives whole sentences with the right plural, in English', () => {
    expect(i18n.t('codes.secondsLeft', 1)).toBe('1 second left');
    expect(i18n.t('codes.secondsLeft', 12)).toBe('12 seconds left');
    expect(i18n.t('scan.batch', 2, [2, formatList(['Clio', 'Jane'])])).toBe(
      'An authenticator export with 2 accounts: Clio and Jane',
    );
    expect(formatDaysAgo(0)).toBe('today');
    expect(formatDaysAgo(12)).toBe('12 days ago');
  });

  it('and in Spanish, errors from lib/ included', () => {
    speak('es');
    expect(i18n.t('codes.secondsLeft', 1)).toBe('Queda 1 segundo');
    expect(i18n.t('codes.secondsLeft', 12)).toBe('Quedan 12 segundos');
    expect(formatList(['correo', 'SMS'], 'disjunction')).toBe('correo o SMS');
    expect(formatDaysAgo(1)).toBe('ayer');
    expect(formatDay(Date.UTC(2027, 2, 3, 12))).toMatch(/3 mar 2027/);
    expect(() => pastedCode('hola')).toThrow(/Eso no es un código/);
  });
});
