import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { BrowserSession } from '../e2e/harness/session';
import { startSimulator } from '../fixtures/server/index';
import { JOURNEYS } from './journeys';
import { makeStoreImages } from './store';
import { shootPopupStates } from './popup-states';
import { shootSettingsSections } from './settings-sections';

// `npm run demo`: with a display, a Chromium window with the extension on the simulator's
// portal list, to click through by hand. Without one, walk the main journeys headless and
// save a screenshot of each to demo-output/.
const sim = await startSimulator();
const display = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (display) {
  const session = await BrowserSession.launch(sim, { display: true });
  await session.open('https://sim.test/');
  console.log('Chromium is open on the practice portal simulator (https://sim.test/). Press Ctrl+C to stop.');
  process.on('SIGINT', async () => {
    await session.close();
    await sim.close();
    process.exit(0);
  });
} else {
  const out = resolve('demo-output');
  mkdirSync(out, { recursive: true });
  const session = await BrowserSession.launch(sim);
  let failed = 0;
  for (const journey of JOURNEYS) {
    try {
      const shot = await journey.run(session);
      const path = `${out}/${journey.name}.png`;
      if ('context' in shot) await shot.screenshot({ path, fullPage: journey.name.includes('settings') });
      else await shot.screenshot({ path });
      console.log(`  ✓ ${journey.name}`);
    } catch (error) {
      failed++;
      console.error(`  ✗ ${journey.name}: ${(error as Error).message}`);
    }
  }
  if (!failed) {
    try {
      for (const file of await makeStoreImages(session, out)) console.log(`  ✓ ${file} (for the store)`);
    } catch (error) {
      failed++;
      console.error(`  ✗ store images: ${(error as Error).message}`);
    }
  }
  await session.close();
  try {
    mkdirSync(`${out}/popup`, { recursive: true });
    const shots = await shootPopupStates(sim, `${out}/popup`);
    console.log(`  ✓ ${shots.length} popup states (English and Spanish, light and dark) in ${out}/popup/`);
  } catch (error) {
    failed++;
    console.error(`  ✗ popup states: ${(error as Error).message}`);
  }
  try {
    mkdirSync(`${out}/settings`, { recursive: true });
    const shots = await shootSettingsSections(sim, `${out}/settings`);
    console.log(
      `  ✓ ${shots.length} Settings sections (English and Spanish, light and dark) in ${out}/settings/`,
    );
  } catch (error) {
    failed++;
    console.error(`  ✗ Settings sections: ${(error as Error).message}`);
  }
  await sim.close();
  console.log(`No display found, so the demo ran headless. Screenshots are in ${out}/`);
  process.exit(failed ? 1 : 0);
}
