import { refusedCodeHint } from '@/lib/clock/popup';
import { waitForSentCode } from '@/lib/sent-codes/watch';
import type { Delivery, PageReport, TabStatus } from '@/lib/messaging/types';
import type { VerifiedSender } from '@/lib/messaging';
import { portalForUrl, type Portal } from '@/lib/portals';
import { siteAsSender, type CodeSender } from '@/lib/sent-codes/site';
import { readSettings } from '@/lib/settings';
import { buttonOffer, forgetTab, tabStatus } from '@/lib/storage';
import { followPortalPage } from '@/lib/trust';
import { accountsBoundTo } from '@/lib/vault';
import { showBadge } from './badge';

/** The portal, unless the practice's policy turned the extension off for it. */
function enabledPortal(portal: Portal | undefined, enabledPortals: string[] | null) {
  return portal && (!enabledPortals || enabledPortals.includes(portal.id)) ? portal : undefined;
}

/** The portal's ways of sending a code, the one its page names first. */
function deliveriesAsSaid(ways: readonly Delivery[], said: PageReport['codeFrom']): Delivery[] {
  const fromApp = (d: Delivery) => d === 'authenticator';
  if (!said) return [...ways];
  const first = ways.filter((d) => (said === 'app' ? fromApp(d) : !fromApp(d)));
  return [...first, ...ways.filter((d) => !first.includes(d))];
}

/**
 * Who will send this code step's code by email or text, if anyone: the portal, when it sends
 * codes that way at all; or, on another site the person bound an account to, the site itself
 * when its page says a code was sent (the generic rule decides its messages). A portal the
 * practice turned the extension off for is neither.
 */
function codeSender(
  known: Portal | undefined,
  portal: Portal | undefined,
  status: TabStatus,
  report: PageReport,
  origin: string,
  bound: number,
): CodeSender | null {
  if (portal) return status.deliveries.some((d) => d !== 'authenticator') ? portal : null;
  if (known) return null;
  return bound > 0 && report.codeFrom === 'message' ? siteAsSender(origin) : null;
}

/**
 * A refusal outlives a change of site only briefly: a page that leaves as the person asks (or to
 * be asked on another site) must not hide why nothing was filled, but an old refusal is not news.
 */
const REFUSAL_OUTLIVES_PAGE_MS = 15_000;

function keptRefusal(previous: TabStatus | null | undefined, origin: string, now = Date.now()) {
  if (!previous?.refusal) return {};
  const recent = now - (previous.refusedAt ?? 0) < REFUSAL_OUTLIVES_PAGE_MS;
  return previous.origin === origin || recent
    ? { refusal: previous.refusal, refusedAt: previous.refusedAt }
    : {};
}

/** A code step that comes back this long after a fill is the site's answer to that code. */
const ANSWER_WITHIN_MS = 5 * 60_000;

/**
 * A code the site refused: the same code step again, saying the code was wrong, on the site the
 * code was filled on, soon after. Counted per code step; a page past the code step clears it.
 */
function refusedCodes(
  previous: TabStatus | null | undefined,
  report: PageReport,
  origin: string,
  now: number,
) {
  const same = previous?.origin === origin;
  if (report.kind !== 'challenge') return {};
  const answered = same && report.refused && previous?.filledAt && now - previous.filledAt < ANSWER_WITHIN_MS;
  if (answered) return { codesRefused: (previous?.codesRefused ?? 0) + 1 };
  return same ? { filledAt: previous?.filledAt, codesRefused: previous?.codesRefused } : {};
}

/**
 * A page helper's report of what its page is: record it for the tab, show the badge, follow a
 * portal's trust cookies, and say whether to offer the in-page button and which banner to show.
 * Runs on every portal page load and view change: reads each thing once.
 */
export async function pageReported(report: PageReport, sender: VerifiedSender) {
  // Only the top frame describes the tab (it looks into its same-origin frames itself).
  if (sender.frameId !== 0) return { offerButton: false, banner: null };
  const tabId = sender.tabId!;
  const settings = await readSettings();
  const known = portalForUrl(sender.url);
  const portal = enabledPortal(known, settings.enabledPortals);
  const bound = await accountsBoundTo(sender.origin);
  const incognito = sender.incognito ?? false;
  const status = await tabStatus.update(tabId, (previous): TabStatus => ({
    origin: sender.origin,
    portalId: portal?.id ?? null,
    kind: report.kind,
    deliveries: portal ? deliveriesAsSaid(portal.deliveries, report.codeFrom) : [],
    incognito,
    ...keptRefusal(previous, sender.origin),
    ...refusedCodes(previous, report, sender.origin, Date.now()),
    ...(report.kind === 'challenge' && report.recovery && { recovery: report.recovery }),
    // The same code step (a view change, a re-check): what was found for it stays.
    sentCode:
      previous?.origin === sender.origin && report.kind === 'challenge' ? previous.sentCode : undefined,
  }));
  try {
    await showBadge(tabId, status!, bound);
  } catch {
    // The tab closed while its page was reporting: forget what was just written about it.
    await forgetTab(tabId);
    return { offerButton: false, banner: null };
  }
  // A code step whose code comes by email or text: look for it in the person's sources.
  const sentBy =
    report.kind === 'challenge' ? codeSender(known, portal, status!, report, sender.origin, bound) : null;
  if (sentBy) void waitForSentCode(tabId, sender.origin, sentBy).catch(() => undefined);
  const banner = portal
    ? await followPortalPage(tabId, portal, sender.origin, report.kind, incognito, bound)
    : null;
  // The in-page button only where a code can really be filled: https, with an account. The
  // offer is kept for this document alone: only it may ask through the button.
  const isCodeStep = report.kind === 'challenge' || report.kind === 'enrollment';
  // A code that arrived by email or text can be filled from the button too.
  const codeArrived = status!.sentCode?.state === 'found';
  const offerButton =
    isCodeStep && sender.origin.startsWith('https://') && settings.inPageButton && (bound > 0 || codeArrived);
  if (offerButton) {
    await buttonOffer.update(tabId, (old) => ({
      documentId: sender.documentId,
      fills: old && old.documentId === sender.documentId ? old.fills : [],
    }));
  } else {
    await buttonOffer.remove(tabId);
  }
  return { offerButton, banner };
}

/** A code that arrived by email or text for the tab's code step, once found (filled as any code). */
export async function arrivedCode(tabId: number): Promise<string | undefined> {
  const sent = (await tabStatus.get(tabId))?.sentCode;
  return sent?.state === 'found' ? sent.code : undefined;
}

/** What the popup learns of a tab: what was last found there, and what to check if codes were refused. */
export async function statusOf(tabId: number): Promise<TabStatus> {
  const status = (await tabStatus.get(tabId)) ?? {
    origin: null,
    portalId: null,
    kind: 'none' as const,
    deliveries: [],
  };
  return status.codesRefused ? { ...status, refusedHint: await refusedCodeHint() } : status;
}

/** A code from the clock was just filled on this tab: the page's next report says how it went. */
export async function noteFilled(tabId: number): Promise<void> {
  await tabStatus.update(tabId, (current) => (current ? { ...current, filledAt: Date.now() } : current));
}

/** Why the last fill on a tab was refused, for the popup (cleared when one succeeds). */
export async function noteRefusal(tabId: number, refusal: string | undefined): Promise<void> {
  await tabStatus.update(tabId, (current) => ({
    ...(current ?? { origin: null, portalId: null, kind: 'none' as const, deliveries: [] }),
    refusal,
    refusedAt: refusal === undefined ? undefined : Date.now(),
  }));
}
