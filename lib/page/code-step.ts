import { i18n } from '@/lib/i18n';
import { codeSourceOf, detectPage, type Detection } from '@/lib/detect';
import type { CodeForPage, FillAnswer, PageKind } from '@/lib/messaging/types';
import { send } from '@/lib/messaging/send';
import { showBanner } from './banner';
import { attachFillButton } from './fill-button';
import { chooseRemember } from './remember';
import { typeCode } from './type-code';

/** Types the code, then ticks "remember this computer" and submits if the person chose so. */
function useCode(fields: HTMLInputElement[], answer: CodeForPage): FillAnswer {
  if (!typeCode(fields, answer.code)) return { filled: false, reason: i18n.t('fill.pageRefused') };
  const form = fields[0]!.form ?? fields[0]!.closest('form, main') ?? fields[0]!.ownerDocument;
  if (answer.tickRemember) chooseRemember(form);
  if (answer.autoSubmit && fields[0]!.form) fields[0]!.form.requestSubmit();
  return { filled: true };
}

/** A code step inside a same-origin frame makes the whole tab a code step (its own helper fills it). */
function kindWithFrames(doc: Document, detection: Detection): PageKind {
  if (
    detection.kind === 'challenge' ||
    detection.kind === 'enrollment' ||
    doc.defaultView !== doc.defaultView?.top
  ) {
    return detection.kind;
  }
  for (const frame of doc.querySelectorAll('iframe')) {
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument; // null for another site's frame
    } catch {
      inner = null;
    }
    if (inner?.body && detectPage(inner).kind === 'challenge') return 'challenge';
  }
  return detection.kind;
}

/**
 * What this frame shows: the code step found on it, told to the background when it changes,
 * with the in-page button and banner the background offers in answer.
 */
export function followCodeStep(doc: Document) {
  let detection: Detection = { kind: 'none', fields: [] };
  let reported: string | null = null;
  let buttonFor: HTMLInputElement | null = null;
  let detachButton: (() => void) | null = null;
  let shownBanner: string | null = null;
  let removeBanner: (() => void) | null = null;

  async function fill(
    name: 'fill.request' | 'fill.fromButton',
    fields: HTMLInputElement[] = detection.fields,
  ): Promise<FillAnswer> {
    try {
      return useCode(fields, await send(name, { boxes: fields.length }));
    } catch (error) {
      return { filled: false, reason: (error as Error).message };
    }
  }

  function showOffer(offerButton: boolean, banner: string | null) {
    if (banner !== shownBanner) {
      removeBanner?.();
      removeBanner = banner ? showBanner(doc, banner) : null;
      shownBanner = banner;
    }
    const field = detection.fields[0];
    // The offer was withdrawn (a code that arrived gave way to a choice between codes, say):
    // a button that would only be refused does not stay on the page.
    if (!offerButton && buttonFor) {
      detachButton?.();
      buttonFor = null;
    }
    // An unsure guess gets no button on the page: the shortcut and the popup still fill it.
    if (!offerButton || !field || buttonFor === field || detection.confidence === 'unsure') return;
    buttonFor = field;
    detachButton = attachFillButton(detection.fields, async () => {
      const answer = await fill('fill.fromButton');
      return {
        ok: answer.filled,
        text: answer.filled ? i18n.t('fill.filled') : (answer.reason ?? i18n.t('fill.nothing')),
      };
    });
  }

  function check() {
    detection = detectPage(doc);
    if (buttonFor && detection.fields[0] !== buttonFor) {
      detachButton?.();
      buttonFor = null;
    }
    const kind = kindWithFrames(doc, detection);
    // The detector read the page's words already; a code step seen only in a frame is read here.
    const codeFrom =
      (detection.kind === 'challenge'
        ? detection.codeFrom
        : kind === 'challenge'
          ? codeSourceOf(doc.body?.textContent ?? '')
          : null) ?? undefined;
    const key = `${kind}:${detection.fields.length}:${codeFrom}`;
    if (key === reported) return;
    reported = key;
    send('page.report', { kind, ...(codeFrom && { codeFrom }) })
      .then(({ offerButton, banner }) => showOffer(offerButton, banner))
      // The extension was reloaded or updated under this page: its old helper has no one to tell.
      .catch(() => undefined);
  }

  return {
    check,
    /** Report again even if nothing changed here (the background has news: a code arrived). */
    reportAgain: () => {
      reported = null;
      check();
    },
    /** Whether this frame has a code field (after looking again). */
    hasField: () => {
      check();
      return detection.fields.length > 0;
    },
    fields: () => detection.fields,
    fill,
  };
}

export type CodeStep = ReturnType<typeof followCodeStep>;
