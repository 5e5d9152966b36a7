import { describe, expect, it } from 'vitest';
import { syncBoundSites, type ScriptRegistry } from './bound-sites';

function fakeRegistry(granted: string[], registered: string[] | null = null) {
  const calls: string[] = [];
  let current = registered;
  const registry: ScriptRegistry = {
    granted: async (p) => granted.includes(p),
    registered: async () => current,
    register: async (m) => {
      calls.push(`register ${m.join(' ')}`);
      current = m;
    },
    update: async (m) => {
      calls.push(`update ${m.join(' ')}`);
      current = m;
    },
    unregister: async () => {
      calls.push('unregister');
      current = null;
    },
  };
  return { registry, calls };
}

describe('page helper on bound sites', () => {
  it('registers only sites the person allowed, never the portals twice', async () => {
    const { registry, calls } = fakeRegistry(['https://app.clio.com/*']);
    const matches = await syncBoundSites(
      ['https://app.clio.com/*', 'https://denied.example/*', 'https://intakeq.com/*'],
      registry,
    );
    expect(matches).toEqual(['https://app.clio.com/*']);
    expect(calls).toEqual(['register https://app.clio.com/*']);
  });

  it('updates when the set changes, leaves it alone when not, and unregisters when empty', async () => {
    const { registry, calls } = fakeRegistry(
      ['https://a.example/*', 'https://b.example/*'],
      ['https://a.example/*'],
    );
    await syncBoundSites(['https://a.example/*'], registry);
    await syncBoundSites(['https://b.example/*', 'https://a.example/*'], registry);
    await syncBoundSites([], registry);
    expect(calls).toEqual(['update https://a.example/* https://b.example/*', 'unregister']);
  });
});
