import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

// The person's own doors (the keyboard shortcut, the right-click menu) need a real window: a
// virtual screen (Xvfb) for the browser, and xdotool to press keys and click as a person does.

export function assertInputTools(): void {
  for (const tool of ['/usr/bin/Xvfb', '/usr/bin/xdotool']) {
    if (!existsSync(tool)) {
      throw new Error(
        `${tool} is missing: run "apt-get update && apt-get install -y xvfb xdotool" as root, then try again.`,
      );
    }
  }
}

/** Starts a virtual screen for the whole run; returns its DISPLAY and how to stop it. */
export async function startScreen(): Promise<{ display: string; stop: () => void }> {
  for (let n = 90 + Math.floor(Math.random() * 100); ; n++) {
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const server: ChildProcess = spawn(
      '/usr/bin/Xvfb',
      [`:${n}`, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'],
      {
        stdio: 'ignore',
      },
    );
    for (let i = 0; i < 50 && !existsSync(`/tmp/.X11-unix/X${n}`); i++)
      await new Promise((r) => setTimeout(r, 100));
    if (!existsSync(`/tmp/.X11-unix/X${n}`)) {
      server.kill();
      continue;
    }
    return { display: `:${n}`, stop: () => server.kill() };
  }
}

/** Runs xdotool on the test run's screen; a window that never takes focus fails in 10 s, not never. */
export async function xdotool(...args: string[]): Promise<string> {
  const { stdout } = await run('/usr/bin/xdotool', args, { env: { ...process.env }, timeout: 10_000 });
  return stdout.trim();
}

/** The browser windows on the screen, newest last. */
export async function browserWindows(): Promise<string[]> {
  const out = await xdotool('search', '--onlyvisible', '--class', 'chromium').catch(() => '');
  return out.split('\n').filter(Boolean);
}
