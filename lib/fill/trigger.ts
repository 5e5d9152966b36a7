import type { Door } from '@/lib/activity/entry';
import { i18n } from '@/lib/i18n';
import { sendToTab, type FillOutcome } from '@/lib/messaging';
import { portalForUrl } from '@/lib/portals';
import { fillTrigger } from '@/lib/storage';
import { arrivedCode, noteRefusal, tabOrigin } from '@/lib/tab-status';
import { injectHelper } from './helper';
import { pastedCode } from './pasted-code';

async function told(tabId: number, outcome: FillOutcome): Promise<FillOutcome> {
  await noteRefusal(tabId, outcome.filled ? undefined : outcome.message);
  return outcome;
}

/** What the person asked for, and through which door (for the activity record). */
export interface FillAsk {
  accountId?: string;
  typedCode?: string;
  /** The account's next recovery code, into the page's recovery-code box. */
  recovery?: boolean;
  door: Door;
}

/**
 * A person asked to fill a code on a tab (shortcut, context menu, popup): note the gesture,
 * make sure the page helper is there (activeTab lets us inject it on any site), and ask its
 * frames. The frame with the code field then asks for the code itself (answer.ts).
 */
export async function triggerFill(tabId: number, ask: FillAsk): Promise<FillOutcome> {
  const { accountId, typedCode, recovery = false, door } = ask;
  const origin = await tabOrigin(tabId);
  // No account chosen and no code typed: a code found in the person's email or texts, if any.
  const arrived = typedCode === undefined && accountId === undefined ? await arrivedCode(tabId) : undefined;
  const given = typedCode ?? arrived;
  const code = given === undefined ? undefined : pastedCode(given, origin ? portalForUrl(origin) : undefined);
  const documents = await injectHelper(tabId);
  if (!documents) return told(tabId, { filled: false, message: i18n.t('fill.pageClosed') });
  await fillTrigger.set(tabId, {
    at: Date.now(),
    origin,
    accountId,
    ...(recovery ? { recovery } : { code }),
    documents,
    door,
    ...(given !== undefined && {
      codeFrom: typedCode !== undefined ? ('typed' as const) : ('arrived' as const),
    }),
  });
  let answer;
  try {
    // A recovery code goes only into a recovery-code box. A code: a detected code field first;
    // else the field the person right-clicked or clicked into.
    answer = recovery
      ? await sendToTab(tabId, 'page.fillRecovery', {})
      : ((await sendToTab(tabId, 'page.fill', {})) ?? (await sendToTab(tabId, 'page.fillChosen', {})));
  } catch (error) {
    answer = { filled: false, reason: (error as Error).message };
  }
  if (!answer) {
    // Nobody took the gesture: drop it so a page that changes later cannot use it.
    await fillTrigger.remove(tabId);
    return told(tabId, {
      filled: false,
      message: i18n.t(recovery ? 'recoveryError.noBox' : 'fill.noField'),
    });
  }
  return told(
    tabId,
    answer.filled
      ? { filled: true, message: i18n.t('fill.filled') }
      : { filled: false, message: answer.reason ?? i18n.t('fill.nothing') },
  );
}
