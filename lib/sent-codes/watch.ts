import { triggerFill } from '@/lib/fill/trigger';
import { sendToTab } from '@/lib/messaging';
import { showBadge } from '@/lib/tab-status/badge';
import { accountsBoundTo } from '@/lib/vault';
import { browser } from 'wxt/browser';
import { readSettings } from '@/lib/settings';
import { tabStatus } from '@/lib/storage';
import { chooseCode } from './choose';
import type { CodeSender } from './site';
import { CODE_SOURCES, isSourcePage, type CodeSource } from './sources';
import type { MessageRow } from './types';
import type { SentCodeState } from '@/lib/messaging/types';

/** A code that has not come in ten minutes is not coming (the portals' codes expire by then). */
const WAIT_MS = 10 * 60_000;
/** How often the source tabs are read while waiting: a new message is offered within a second. */
const READ_EVERY_MS = 400;
/** A source tab read this soon after the step appeared was open before it: what it shows is old. */
const START_MS = 1_500;

/** The waits under way, by challenge tab: in the worker's memory only, like the rows it reads. */
const waiting = new Map<number, { origin: string; stop: () => void }>();

/** The sources the person turned on that bring this portal's codes (email, or text). */
function sourcesFor(portal: CodeSender, turnedOn: readonly string[]): CodeSource[] {
  return CODE_SOURCES.filter(
    (s) =>
      turnedOn.includes(s.id) &&
      portal.deliveries.some((d) => (s.carries === 'email' ? d === 'email' : d === 'sms' || d === 'voice')),
  );
}

/** What was said last, per tab: a wait repeats itself every read, the storage need not. */
const lastSaid = new Map<number, string>();

async function say(tabId: number, origin: string, sentCode: SentCodeState): Promise<void> {
  const said = `${origin}|${JSON.stringify(sentCode)}`;
  if (lastSaid.get(tabId) === said) return;
  lastSaid.set(tabId, said);
  await tabStatus.update(tabId, (current) =>
    current && current.origin === origin && current.kind === 'challenge'
      ? { ...current, sentCode }
      : current!,
  );
}

/** Reads one source tab's visible rows; null when the tab is no longer that source's page. */
async function readTab(tabId: number, source: CodeSource): Promise<MessageRow[] | 'unreadable' | null> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: source.read });
    // The tab may have left for another site between finding it and reading it: what was read
    // there is not a message list, and is dropped unseen.
    if (!isSourcePage(source, (await browser.tabs.get(tabId)).url)) return null;
    const answer = result?.result as { rows?: MessageRow[]; problem?: string } | undefined;
    if (!answer || answer.problem) return 'unreadable';
    return answer.rows ?? [];
  } catch {
    return null; // navigated away, closed, or the permission was taken back
  }
}

/**
 * A portal's code step (or a bound site's) is waiting for an email or a text: read the
 * person's enabled source tabs while the step is on screen, ten minutes at most, and offer the
 * code as soon as one shows it (and a newer one, should the person ask for the code again).
 * Only the background decides (chooseCode); the rows are dropped after each look; only the
 * code is kept.
 */
export async function waitForSentCode(tabId: number, origin: string, portal: CodeSender): Promise<void> {
  if (waiting.get(tabId)?.origin === origin) return;
  // Claimed at once (before any await), so two reports of one step start one wait.
  waiting.get(tabId)?.stop();
  let stopped = false;
  waiting.set(tabId, { origin, stop: () => (stopped = true) });
  const since = Date.now();
  const sources = sourcesFor(portal, (await readSettings()).codeSources);
  // Already found for this step (the page reported again, to be offered the button): kept.
  const found = (await tabStatus.get(tabId))?.sentCode?.state === 'found';
  if (sources.length === 0 || found) {
    if (waiting.get(tabId)?.origin === origin) waiting.delete(tabId);
    return;
  }
  const names = sources.map((s) => s.name);
  await say(tabId, origin, { state: 'waiting', sources: names });
  const wait = {
    portal: { name: portal.name, senders: portal.messageSenders ?? [], codeLength: portal.codeLength },
    since,
  };
  try {
    // The step is still on screen: checked before every read, so a step that was left (or a tab
    // closed) causes no read at all, not even one already under way.
    const stillWaiting = async () => {
      const step = await tabStatus.get(tabId);
      return !stopped && step?.origin === origin && step.kind === 'challenge' ? step : null;
    };
    // What a source tab already showed when the step appeared is not the new code, whatever its
    // time says (lists show minutes: a code asked for a minute ago looks as new as this one).
    const seenAtStart = new Map<number, Set<string>>();
    // Without its time: a relative stamp ("Ahora", "1 min", "2 min") changes as the minutes go
    // by, and must not make an old row look new.
    const rowKey = (row: MessageRow) => `${row.sender}|${row.subject}|${row.preview}`;
    // What was offered so far ("found" code, or "several"): the watch goes on while the step is
    // on screen, so a code asked for again (a resend voids the first) is offered too; a closed
    // source tab or an unreadable look never takes back what was offered.
    let offered: string | null = null;
    const tell = async (sentCode: SentCodeState & { state: 'found' | 'several' }) => {
      const key = sentCode.state === 'found' ? sentCode.code : JSON.stringify(sentCode.choices);
      if (key === offered) return;
      offered = key;
      await say(tabId, origin, sentCode);
      const status = await tabStatus.get(tabId);
      if (status) await showBadge(tabId, status, await accountsBoundTo(origin)).catch(() => undefined);
      // The page helper reports again: offered the in-page button for a found code, or not.
      await sendToTab(tabId, 'page.reportAgain', {}).catch(() => undefined);
      // The person chose to have arrived codes filled at once: the same path as their
      // shortcut (this tab's documents pinned, this origin only), with this code. Never a guess.
      if (sentCode.state === 'found' && (await readSettings()).fillArrivedCodes)
        await triggerFill(tabId, { door: 'automatic' }).catch(() => undefined);
    };
    while (Date.now() - since < WAIT_MS) {
      if (!(await stillWaiting())) return;
      // Turned off meanwhile: not read again.
      const turnedOn = (await readSettings()).codeSources;
      let sourceTabs = 0;
      for (const source of sources.filter((s) => turnedOn.includes(s.id))) {
        for (const tab of await browser.tabs.query({ url: source.matches })) {
          const step = await stillWaiting();
          if (!step) return;
          if (tab.id === undefined || tab.incognito !== (step.incognito ?? false)) continue;
          sourceTabs++;
          const rows = await readTab(tab.id, source);
          if (rows === 'unreadable') {
            if (!offered) await say(tabId, origin, { state: 'unreadable', source: source.name });
            continue;
          }
          if (!rows) continue;
          // Read late (the tab was opened after the step): its timed rows are judged by their
          // time; an untimed one already there cannot be told new, so it is taken as old.
          if (!seenAtStart.has(tab.id)) {
            const early = Date.now() - since < START_MS;
            seenAtStart.set(tab.id, new Set(rows.filter((r) => early || r.time === null).map(rowKey)));
          }
          const old = seenAtStart.get(tab.id)!;
          const choice = chooseCode(
            rows.filter((row) => !old.has(rowKey(row))),
            wait,
          );
          if (choice.kind === 'code')
            await tell({
              state: 'found',
              code: choice.code,
              source: source.name,
              portalName: portal.name,
              at: choice.row.time ?? Date.now(),
            });
          if (choice.kind === 'several')
            await tell({
              state: 'several',
              sources: names,
              choices: choice.codes.map(({ code, row }) => ({
                code,
                source: source.name,
                at: row.time ?? Date.now(),
              })),
            });
        }
      }
      if (sourceTabs === 0 && !offered) await say(tabId, origin, { state: 'no-source-tab', sources: names });
      await new Promise((r) => setTimeout(r, READ_EVERY_MS));
    }
    if (!stopped && !offered) await say(tabId, origin, { state: 'timeout', sources: names });
  } finally {
    if (waiting.get(tabId)?.origin === origin) {
      waiting.delete(tabId);
      lastSaid.delete(tabId);
    }
  }
}
