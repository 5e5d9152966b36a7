import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// axe-core, injected into the page under test and run there (its Playwright wrapper needs a
// newer Node than ours). Only serious and critical problems, to WCAG 2.2 AA, fail a test.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** An expression that runs axe in the page (or on one element) and gives one line per serious or critical problem. */
export const axeRun = (context = 'document') => `(async () => {
  if (!window.axe) (0, eval)(${JSON.stringify(AXE)});
  const result = await axe.run(${context}, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ').slice(0, 160) + ']' : '')).join('; '));
})()`;

export const AXE_RUN = axeRun();

/**
 * axe cannot see into a closed shadow root (our in-page button and banner live in one, so the
 * page cannot touch them). Through the DevTools protocol the test takes that root, copies its
 * content into an open shadow root on the same page (same styles, same page behind it) and
 * checks the copy.
 */
export async function axeInClosedShadow(page: Page, hostTag: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  type Node = { nodeName: string; backendNodeId: number; children?: Node[]; shadowRoots?: Node[] };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  const find = (node: Node): Node | undefined =>
    node.nodeName === hostTag.toUpperCase()
      ? node
      : [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(find).find(Boolean);
  const shadow = find(root)?.shadowRoots?.[0];
  if (!shadow) throw new Error(`No ${hostTag} with a shadow root on the page`);
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: `function () {
      document.getElementById('sfc-axe-copy')?.remove();
      const copy = document.createElement('div');
      copy.id = 'sfc-axe-copy';
      copy.setAttribute('style', this.host.getAttribute('style') ?? '');
      copy.lang = this.host.lang;
      copy.attachShadow({ mode: 'open' }).innerHTML = this.innerHTML;
      document.body.append(copy);
    }`,
  });
  await cdp.detach();
  const problems = await page.evaluate<string[]>(axeRun("document.getElementById('sfc-axe-copy')"));
  await page.evaluate(() => document.getElementById('sfc-axe-copy')?.remove());
  return problems;
}

/** Buttons as a screen reader meets them (the accessibility tree reaches into closed shadow roots). */
export async function accessibleButtons(page: Page): Promise<{ name: string; focusable: boolean }[]> {
  const cdp = await page.context().newCDPSession(page);
  type AXNode = {
    role?: { value: string };
    name?: { value: string };
    properties?: { name: string; value: { value: unknown } }[];
  };
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  await cdp.detach();
  return nodes
    .filter((n) => n.role?.value === 'button')
    .map((n) => ({
      name: n.name?.value ?? '',
      focusable: Boolean(n.properties?.find((p) => p.name === 'focusable')?.value.value),
    }));
}
