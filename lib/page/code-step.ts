import { i18n } from '@/lib/i18n';
import { codeRefusedOnPage, codeSourceOf, detectPage, recoveryOffer, type Detection } from '@/lib/detect';
import type { CodeForPage, FillAnswer, PageKind } from '@/lib/messaging/types';
import { send } from '@/lib/messaging/send';
import { showBanner } from './banner';
import { unseenField, unseenFieldText } from './field-in-view';
import { buttonOffer } from './button-offer';
import { chooseRemember } from './remember';
import { showToast } from './toast';
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

/** The tab's top document when this frame may reach it (same origin), where a note is seen. */
function topDocument(doc: Document): Document {
  try {
    return doc.defaultView?.top?.document ?? doc;
  } catch {
    return doc;
  }
}

/**
 * What this frame shows: the code step found on it, told to the background when it changes,
 * with the in-page button and banner the background offers in answer.
 */
export function followCodeStep(doc: Document) {
  let detection: Detection = { kind: 'none', fields: [] };
  let reported: string | null = null;
  let shownBanner: string | null = null;
  let removeBanner: (() => void) | null = null;
  const button = buttonOffer(doc, () => fill('fill.fromButton'));

  /** Why the person cannot see these fields, in a line; a door away from the field scrolls to it first. */
  function unseen(fields: HTMLInputElement[], scrollTo: boolean): string | null {
    let why = unseenField(fields, button.ourBoxes());
    if (why === 'outside' && scrollTo) {
      fields[0]!.scrollIntoView({ block: 'center', inline: 'nearest' });
      why = unseenField(fields, button.ourBoxes());
    }
    return why && unseenFieldText(why);
  }

  async function fill(
    name: 'fill.request' | 'fill.fromButton',
    fields: HTMLInputElement[] = detection.fields,
  ): Promise<FillAnswer> {
    const byButton = name === 'fill.fromButton';
    const before = unseen(fields, !byButton);
    if (before) {
      if (!byButton) showToast(topDocument(doc), before); // the shortcut and the menu have no place of their own
      return { filled: false, reason: before };
    }
    try {
      const answer = await send(name, { boxes: fields.length });
      // Looked at again with the code in hand: the page had a round trip's time to change.
      const after = unseen(fields, false);
      return after ? { filled: false, reason: after } : useCode(fields, answer);
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
    // A withdrawn offer (a code that arrived gave way to a choice between codes, say) takes
    // the button away: it would only be refused.
    button.setOffered(offerButton);
  }

  function check() {
    detection = detectPage(doc);
    button.follow(detection);
    const kind = kindWithFrames(doc, detection);
    // The detector read the page's words already; a code step seen only in a frame is read here.
    const codeFrom =
      (detection.kind === 'challenge'
        ? detection.codeFrom
        : kind === 'challenge'
          ? codeSourceOf(doc.body?.textContent ?? '')
          : null) ?? undefined;
    const recovery = kind === 'challenge' ? recoveryOffer(doc) : null;
    // The page's answer to a code (the background counts it only right after a fill there).
    const refused = kind === 'challenge' && codeRefusedOnPage(doc, detection.fields);
    const key = `${kind}:${detection.fields.length}:${codeFrom}:${recovery}:${refused}`;
    if (key === reported) return;
    reported = key;
    send('page.report', {
      kind,
      ...(codeFrom && { codeFrom }),
      ...(recovery && { recovery }),
      ...(refused && { refused }),
    })
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
    /** The background holds a code back until the next one (this one is about to expire). */
    nextCodeIn: button.nextCodeIn,
  };
}

export type CodeStep = ReturnType<typeof followCodeStep>;
