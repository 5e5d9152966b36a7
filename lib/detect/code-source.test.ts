import { describe, expect, it } from 'vitest';
import { codeSourceOf } from './code-source';

describe('where a page says its code comes from', () => {
  it('an authenticator app', () => {
    expect(codeSourceOf('Open your authenticator app to get your code.')).toBe('app');
  });
  it('a message: text, email or call', () => {
    expect(codeSourceOf('We sent a text to (***) ***-0123.')).toBe('message');
    expect(codeSourceOf('We emailed a security code to j***@practice.test')).toBe('message');
  });
  it('nothing said', () => {
    expect(codeSourceOf('Enter the code')).toBeNull();
  });
});
