import { browser } from 'wxt/browser';
import {
  createRouter,
  isEmpty,
  ownExtension,
  shape,
  type Handlers,
  type PageProtocol,
} from '@/lib/messaging';
import { recoveryBox, recoveryCodesOnPage } from '@/lib/detect';
import { send } from '@/lib/messaging/send';
import { selectArea } from './area-select';
import { watchChosenField } from './chosen-field';
import type { CodeStep } from './code-step';
import { findQrTargets } from './qr-targets';
import { showToast } from './toast';

/** After the person drew a box: let the veil leave the screen, then ask for that area's scan. */
async function pickArea(doc: Document) {
  const rect = await selectArea(doc);
  if (!rect) return;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
  const box = {
    x: Math.round(rect.x),
    y: Math.round(rect.y),
    width: Math.round(rect.width),
    height: Math.round(rect.height),
  };
  try {
    showToast(doc, (await send('qr.areaSelected', box)).message);
  } catch (error) {
    showToast(doc, (error as Error).message);
  }
}

/** The page helper's answers to the background (only ours: the router checks the sender). */
export function receiveFromBackground(doc: Document, step: CodeStep): void {
  const chosen = watchChosenField(doc);
  const isTop = doc.defaultView === doc.defaultView?.top;
  const empty = isEmpty;
  const handlers: Handlers<PageProtocol> = {
    // Every frame is asked; the one with the code field answers.
    'page.fill': {
      allow: ['extension-page'],
      validate: empty,
      answersHere: step.hasField,
      handle: () => step.fill('fill.request'),
    },
    // Nothing detected anywhere: the field the person right-clicked or is typing in, if any.
    'page.fillChosen': {
      allow: ['extension-page'],
      validate: empty,
      answersHere: () => chosen.field() !== null,
      handle: () => step.fill('fill.request', [chosen.field()!]),
    },
    'page.qrTargets': {
      allow: ['extension-page'],
      validate: empty,
      answersHere: () => isTop,
      handle: () => findQrTargets(doc),
    },
    'page.toast': {
      allow: ['extension-page'],
      validate: shape({ text: (t) => typeof t === 'string' }),
      answersHere: () => isTop,
      handle: ({ text }) => {
        showToast(doc, text);
        return { ok: true };
      },
    },
    // A code arrived by email or text for this step: report again, to be offered the button.
    'page.reportAgain': {
      allow: ['extension-page'],
      validate: empty,
      answersHere: () => isTop,
      handle: () => {
        step.reportAgain();
        return { ok: true };
      },
    },
    'page.recoveryCodes': {
      allow: ['extension-page'],
      validate: empty,
      answersHere: () => isTop,
      handle: () => ({ codes: recoveryCodesOnPage(doc) }),
    },
    // The person asked for a recovery code: the frame with the recovery-code box takes it.
    'page.fillRecovery': {
      allow: ['extension-page'],
      validate: empty,
      answersHere: () => recoveryBox(doc) !== null,
      handle: () => step.fill('fill.request', [recoveryBox(doc)!]),
    },
    // Sent to the one frame that asked for a code, while its code waits for the next period.
    'page.nextCodeIn': {
      allow: ['extension-page'],
      validate: shape({ ms: (n) => typeof n === 'number' && n >= 0 && n <= 5_000 }),
      answersHere: () => true,
      handle: ({ ms }) => {
        step.nextCodeIn(ms);
        return { ok: true };
      },
    },
    'page.selectArea': {
      allow: ['extension-page'],
      validate: empty,
      answersHere: () => isTop,
      handle: () => {
        void pickArea(doc);
        return { ok: true };
      },
    },
  };
  const route = createRouter(handlers, ownExtension());
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
}
