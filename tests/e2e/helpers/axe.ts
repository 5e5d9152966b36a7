import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// axe-core, injected into the page under test and run there (its Playwright wrapper needs a
// newer Node than ours). Only serious and critical problems, to WCAG 2.2 AA, fail a test.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** An expression that runs axe in the page and gives one line per serious or critical problem. */
export const AXE_RUN = `(async () => {
  if (!window.axe) (0, eval)(${JSON.stringify(AXE)});
  const result = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ').slice(0, 160) + ']' : '')).join('; '));
})()`;
