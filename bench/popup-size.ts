import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const BUILD = resolve('.output/chrome-mv3');

/**
 * What the browser loads to draw the toolbar popup: the scripts and style sheets popup.html
 * names (its module preloads included), in bytes as built. The baseline is the UI framework
 * alone (Preact and its signals, the chunk every page of the extension shares).
 */
export function measurePopupSize(): { bytes: number; frameworkBytes: number; files: string[] } {
  const html = readFileSync(join(BUILD, 'popup.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const size = (file: string) => statSync(join(BUILD, file)).size;
  const bytes = files.reduce((sum, f) => sum + size(f), 0);
  const framework = files.filter((f) => /signals\.module/.test(f));
  return { bytes, frameworkBytes: framework.reduce((sum, f) => sum + size(f), 0), files };
}
