import { i18n } from '@/lib/i18n';
import type { Detection } from '@/lib/detect';
import { unseenField } from './field-in-view';
import { attachFillButton, type FillButton } from './fill-button';
import { showToast } from './toast';

const LOOK_EVERY_MS = 1_000;

type Fill = () => Promise<{ filled: boolean; reason?: string }>;

/**
 * The Fill code button the background offered for this frame's code step: shown once the field
 * is one the person can see (a button beside a hidden field is bait), looked for again when the
 * page scrolls or changes, and taken away with the offer or the field.
 */
export function buttonOffer(doc: Document, fillByButton: Fill) {
  let offered = false;
  let detection: Detection = { kind: 'none', fields: [] };
  let buttonFor: HTMLInputElement | null = null;
  let button: FillButton | null = null;
  let lookedAt = 0;

  function remove() {
    button?.detach();
    button = null;
    buttonFor = null;
  }

  function place() {
    const field = detection.fields[0];
    if (buttonFor && field !== buttonFor) remove();
    // An unsure guess gets no button on the page: the shortcut and the popup still fill it.
    if (!offered || !field || buttonFor === field || detection.confidence === 'unsure') return;
    // The look costs a style pass over the whole page: while the field stays unseen, at most
    // once a second (the scroll or change that uncovers it brings the next look).
    if (Date.now() - lookedAt < LOOK_EVERY_MS) return void lookAgain();
    lookedAt = Date.now();
    if (unseenField(detection.fields)) return;
    buttonFor = field;
    button = attachFillButton(detection.fields, async () => {
      const answer = await fillByButton();
      return {
        ok: answer.filled,
        text: answer.filled ? i18n.t('fill.filled') : (answer.reason ?? i18n.t('fill.nothing')),
      };
    });
  }

  // A field scrolled into view, or uncovered, gets the button it was offered.
  let looking: ReturnType<typeof setTimeout> | undefined;
  function lookAgain() {
    looking ??= setTimeout(() => {
      looking = undefined;
      place();
    }, 250);
  }
  doc.defaultView?.addEventListener('scroll', lookAgain, { passive: true, capture: true });
  doc.defaultView?.addEventListener('resize', lookAgain, { passive: true });

  return {
    /** What the detector found now. */
    follow(now: Detection) {
      detection = now;
      place();
    },
    /** The background's answer to a report; a withdrawn offer takes the button away. */
    setOffered(offer: boolean) {
      offered = offer;
      if (!offered) remove();
      place();
    },
    /** Where our button is drawn, so a look at the field leaves it out. */
    ourBoxes: () => (button ? [button.box()] : []),
    /** A code held back until the next one: counted down on the button's note (else a note). */
    nextCodeIn(ms: number) {
      const end = Date.now() + ms;
      const line = () =>
        i18n.t('fill.nextCodeIn', [String(Math.max(1, Math.ceil((end - Date.now()) / 1000)))]);
      const shown = button;
      if (!shown) return showToast(doc, line(), ms + 500);
      const tick = () => {
        if (Date.now() < end) shown.say(line(), true, 1500);
        if (Date.now() < end - 1000) setTimeout(tick, 1000);
      };
      tick();
    },
  };
}
