import { browser } from 'wxt/browser';
import { createAccountsState } from './accounts';
import { createActivityState } from './activity';
import { createFilesState } from './files';
import { createHandoverState } from './handover';
import { createPortalsState } from './portals';
import { createSections } from './sections';
import { createSyncState } from './sync';
import { createVaultState } from './vault';

export type { Preview } from './files';

/** The settings page's state, one piece per section. */
export function createOptionsState() {
  const sections = createSections();
  const vault = createVaultState(sections);
  const accounts = createAccountsState(sections, vault);
  const files = createFilesState(sections, vault);
  const portals = createPortalsState(sections);
  const sync = createSyncState(sections, vault);
  const activity = createActivityState(sections, portals.settings);
  const handover = createHandoverState(sections);
  void sections.act('page', async () => {
    await vault.refresh();
    await portals.loadPortals();
    await files.loadFormats();
    await sync.loadSync();
    // The address's #section (a link from the popup) is drawn only now: go there.
    if (location.hash)
      requestAnimationFrame(() => document.getElementById(location.hash.slice(1))?.scrollIntoView());
  });
  const version = browser.runtime.getManifest().version;
  return {
    ...sections,
    ...vault,
    ...accounts,
    ...files,
    ...portals,
    ...sync,
    ...activity,
    ...handover,
    version,
  };
}

export type OptionsState = ReturnType<typeof createOptionsState>;
