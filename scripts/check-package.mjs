// The packages people install must carry nothing made for tests: no handlers hung on the
// service worker's global object, no popup that takes its tab from the address. Reads the
// production builds (what `npm run zip` packs) and fails if it finds one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const HOOKS = ['runCommand', 'runMenu', 'runReminders', 'runClipboardClear', "get('tab')", 'get("tab")'];
const builds = ['.output/chrome-mv3', '.output/firefox-mv3'];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(js|html)$/.test(name)) yield path;
  }
}

let found = 0;
for (const build of builds) {
  for (const file of files(build)) {
    const text = readFileSync(file, 'utf8');
    for (const hook of HOOKS.filter((h) => text.includes(h))) {
      console.error(`${file}: contains the test hook ${hook}`);
      found++;
    }
  }
}
if (found) process.exit(1);
console.log(`No test hooks in ${builds.join(' or ')}.`);
