import { describe, expect, it } from 'vitest';
import type { AccountSummary, TabStatus } from '@/lib/messaging/types';
import { firstCard } from './first-card';

const account = (id: string, forThisSite: boolean): AccountSummary => ({
  id,
  issuer: 'PracticeQ',
  account: `${id}@practice.test`,
  kind: 'totp',
  digits: 6,
  period: 30,
  code: '123456',
  nextCode: '654321',
  msLeft: 20_000,
  bindings: [],
  forThisSite,
  recoveryLeft: null,
});
const tab = (kind: TabStatus['kind'], extra: Partial<TabStatus> = {}): TabStatus => ({
  origin: 'https://intakeq.com',
  portalId: 'practiceq',
  kind,
  deliveries: ['authenticator', 'sms'],
  ...extra,
});
const here = [account('a', true), account('b', true), account('c', false)];

describe('what the popup puts first', () => {
  it('locked: only the unlock, whatever the page asks', () => {
    expect(firstCard({ unlocked: false, tab: tab('challenge'), accounts: here, scanShown: true })).toEqual({
      kind: 'unlock',
    });
  });

  it('a code step with accounts for this site: those accounts, in the list’s order, none of the others', () => {
    const card = firstCard({ unlocked: true, tab: tab('challenge'), accounts: here, scanShown: false });
    expect(card.kind === 'fill' && card.accounts.map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('a code that arrived by email or text goes before the account (the person chose to be sent one)', () => {
    const found = tab('challenge', {
      sentCode: { state: 'found', code: '111222', source: 'Gmail', portalName: 'PracticeQ', at: 0 },
    });
    expect(firstCard({ unlocked: true, tab: found, accounts: here, scanShown: false }).kind).toBe('arrived');
    const waiting = tab('challenge', { sentCode: { state: 'waiting', sources: ['Gmail'] } });
    expect(firstCard({ unlocked: true, tab: waiting, accounts: here, scanShown: false }).kind).toBe('fill');
  });

  it('a code step no account here fills: the paste box', () => {
    const accounts = [account('c', false)];
    expect(firstCard({ unlocked: true, tab: tab('challenge'), accounts, scanShown: false }).kind).toBe(
      'paste',
    );
  });

  it('a setup page: scan it; once scanned, what was found', () => {
    expect(firstCard({ unlocked: true, tab: tab('enrollment'), accounts: [], scanShown: false }).kind).toBe(
      'scan',
    );
    expect(firstCard({ unlocked: true, tab: tab('enrollment'), accounts: [], scanShown: true }).kind).toBe(
      'found',
    );
  });

  it('nothing to do, or the tab not known yet: the list', () => {
    expect(firstCard({ unlocked: true, tab: tab('none'), accounts: here, scanShown: false }).kind).toBe(
      'list',
    );
    expect(firstCard({ unlocked: true, tab: null, accounts: here, scanShown: false }).kind).toBe('list');
  });
});
