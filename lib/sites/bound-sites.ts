import { browser } from 'wxt/browser';
import { PORTAL_MATCHES } from '@/lib/portals';
import { allBindings } from '@/lib/vault/open';
import { matchPatternsFor } from './match-patterns';

const SCRIPT_ID = 'bound-sites';
const HELPER = 'content-scripts/portal.js';

/** The subset of the browser's APIs this needs, so a test can stand in for it. */
export interface ScriptRegistry {
  granted(pattern: string): Promise<boolean>;
  registered(): Promise<string[] | null>;
  register(matches: string[]): Promise<void>;
  update(matches: string[]): Promise<void>;
  unregister(): Promise<void>;
}

const browserRegistry: ScriptRegistry = {
  granted: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  async registered() {
    const [script] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    return script?.matches ?? null;
  },
  register: (matches) =>
    browser.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        matches,
        js: [HELPER],
        allFrames: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]),
  update: (matches) => browser.scripting.updateContentScripts([{ id: SCRIPT_ID, matches, js: [HELPER] }]),
  unregister: () => browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }),
};

/**
 * Runs the page helper automatically on every site an account is bound to and the person has
 * allowed (optional host permission), beyond the portals the manifest already covers.
 */
export async function syncBoundSites(
  patternsWanted: string[],
  registry: ScriptRegistry = browserRegistry,
): Promise<string[]> {
  const candidates = [...new Set(patternsWanted)].filter((p) => !PORTAL_MATCHES.includes(p)).sort();
  const matches: string[] = [];
  for (const pattern of candidates) if (await registry.granted(pattern)) matches.push(pattern);
  const current = await registry.registered();
  if (matches.length === 0) {
    if (current) await registry.unregister();
  } else if (!current) {
    await registry.register(matches);
  } else if (current.join() !== matches.join()) {
    await registry.update(matches);
  }
  return matches;
}

/** The patterns of every binding in the vault (bindings are readable without unlocking). */
async function boundSitePatterns(): Promise<string[]> {
  return (await allBindings()).flatMap(matchPatternsFor);
}

export async function refreshBoundSites(): Promise<void> {
  try {
    await syncBoundSites(await boundSitePatterns());
  } catch (error) {
    // The accounts are saved either way; the toolbar button and shortcut still work there.
    console.warn('Could not update the sites the page helper runs on', error);
  }
}
