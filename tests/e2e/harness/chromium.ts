import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

/** Fails with one sentence a person can act on, before any test starts. */
export function assertPrerequisites(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: run "apt-get update && apt-get install -y chromium" as root, then try again.`,
    );
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The built extension is missing at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
}

export function freshProfile(): string {
  return mkdtempSync(join(tmpdir(), 'sfc-profile-'));
}

export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface RunningChromium {
  process: ChildProcess;
  wsEndpoint: string;
}

/**
 * Starts Chromium ourselves (not through Playwright's launcher) so that the CDP browser
 * session allows Extensions.triggerAction, i.e. a real toolbar click with activeTab.
 */
export async function startChromium(
  profileDir: string,
  resolverRules: string,
  display = false,
  extraArgs: string[] = [],
  language?: string,
): Promise<RunningChromium> {
  const args = [
    ...(display ? ['--window-position=0,0'] : ['--headless']),
    '--remote-debugging-port=0',
    '--enable-unsafe-extension-debugging',
    '--window-size=1280,800',
    // A laptop-sized screen (headless Chromium's default is 800×600, which caps a popup at about 510 px).
    '--screen-info={1280x1024}',
    `--user-data-dir=${profileDir}`,
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    `--host-resolver-rules=${resolverRules}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...extraArgs,
    ...(language ? [`--lang=${language}`, `--accept-lang=${language}`] : []),
    'about:blank',
  ];
  // On Linux Chromium takes its interface language from LANGUAGE, as a desktop set to it would.
  const env = language ? { ...process.env, LANGUAGE: language, LANG: `${language}_ES.UTF-8` } : process.env;
  const child = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
  const wsEndpoint = await new Promise<string>((resolvePromise, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium did not start in 20 s:\n${seen.slice(-2000)}`)),
      20_000,
    );
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]!);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before it was ready:\n${seen.slice(-2000)}`));
    });
  });
  child.stderr!.resume();
  return { process: child, wsEndpoint };
}
