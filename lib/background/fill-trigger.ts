import { browser } from 'wxt/browser';
import { UserFacingError } from '@/lib/messaging';
import type { FillOutcome } from '@/lib/messaging/protocol';
import type { FillAnswer } from '@/lib/page';
import { fillTriggers, tabStatuses } from '@/lib/storage';
import { tabOrigin } from './context';

const HELPER_SCRIPT = '/content-scripts/portal.js';

async function remember(tabId: number, outcome: FillOutcome): Promise<FillOutcome> {
  const all = await tabStatuses.getValue();
  const current = all[tabId] ?? { origin: null, portalId: null, kind: 'none' as const, deliveries: [] };
  all[tabId] = { ...current, refusal: outcome.filled ? undefined : outcome.message };
  await tabStatuses.setValue(all);
  return outcome;
}

/** A code typed or pasted by the person: 4–8 digits, spaces and dashes ignored. */
function pastedCode(text: string): string {
  const digits = text.replace(/[\s-]/g, '');
  if (!/^\d{4,8}$/.test(digits)) throw new UserFacingError('That is not a code: paste the 4 to 8 digits from the email or text message.');
  return digits;
}

/**
 * A person asked to fill a code on a tab (shortcut, context menu, popup): note the gesture,
 * make sure the page helper is there (activeTab lets us inject it on any site), and ask its
 * frames. The frame with the code field then asks for the code itself (fill-request.ts).
 */
export async function triggerFill(tabId: number, accountId?: string, typedCode?: string): Promise<FillOutcome> {
  const code = typedCode === undefined ? undefined : pastedCode(typedCode);
  await fillTriggers.setValue({ ...(await fillTriggers.getValue()), [tabId]: { at: Date.now(), origin: await tabOrigin(tabId), accountId, code } });
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [HELPER_SCRIPT] });
  } catch {
    return remember(tabId, { filled: false, message: 'The browser does not let extensions work on this page.' });
  }
  let answer: FillAnswer | undefined;
  try {
    answer = (await browser.tabs.sendMessage(tabId, { type: 'sfc.fill' })) as FillAnswer | undefined;
  } catch {
    answer = undefined;
  }
  if (!answer) {
    // Nobody took the gesture: drop it so a page that changes later cannot use it.
    const pending = await fillTriggers.getValue();
    delete pending[tabId];
    await fillTriggers.setValue(pending);
    return remember(tabId, { filled: false, message: 'No code field was found on this page.' });
  }
  return remember(tabId, answer.filled ? { filled: true, message: 'Code filled.' } : { filled: false, message: answer.reason ?? 'Nothing was filled.' });
}
