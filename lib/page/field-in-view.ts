import { i18n } from '@/lib/i18n';
import { effectiveOpacity, farPaintOver, paintsOver, parentAcrossShadow } from './covers';
import { filterEffect } from './css-values';
import { isOurs } from './ours';
import { shadowRootsOf, stackAt, withEverythingHittable } from './painted-stack';

// A code goes only into a field the person can see, as password managers refuse to fill a field
// that is not viewable: whatever the door (in-page button, shortcut, menu, popup, a code filled
// as it arrives), a page must not be able to take a code into a field it hides, fades, shrinks,
// moves away or covers (docs/threat-model.md, "The field in plain view").

/** A field smaller than this, or with smaller text, is not something a person reads. */
const MIN_SIDE_PX = 12;
const MIN_FONT_PX = 8;
const MIN_OPACITY = 0.7;
const MAX_BLUR_PX = 1;

type Point = { x: number; y: number };

/** Why a field does not count as seen. */
export type FieldUnseen = 'hidden' | 'faded' | 'masked' | 'tooSmall' | 'outside' | 'covered';

/** The one line a person reads when a code is held back from a field they cannot see. */
export function unseenFieldText(why: FieldUnseen): string {
  const reason = {
    hidden: () => i18n.t('fieldView.hidden'),
    faded: () => i18n.t('fieldView.faded'),
    masked: () => i18n.t('fieldView.masked'),
    tooSmall: () => i18n.t('fieldView.tooSmall'),
    outside: () => i18n.t('fieldView.outside'),
    covered: () => i18n.t('fieldView.covered'),
  }[why]();
  return i18n.t('fill.fieldUnseen', [reason]);
}

/** Where a field is looked at: along its middle line, away from our own button over its end. */
function lookPoints(box: DOMRect, avoid: DOMRect[]): Point[] {
  const y = box.top + box.height / 2;
  const points = [0.2, 0.5, 0.8].map((f) => ({ x: box.left + box.width * f, y }));
  const clear = points.filter(
    (p) => !avoid.some((a) => p.x >= a.left && p.x <= a.right && p.y >= a.top && p.y <= a.bottom),
  );
  return clear.length ? clear : [{ x: box.left + Math.min(6, box.width / 2), y }];
}

/** Why the field or an ancestor cannot be seen, from its styles alone. */
function styleProblem(field: HTMLInputElement): FieldUnseen | null {
  const view = field.ownerDocument.defaultView!;
  const shown = field.checkVisibility?.({ visibilityProperty: true, contentVisibilityAuto: true }) ?? true;
  if (!shown || view.getComputedStyle(field).visibility !== 'visible') return 'hidden';
  if (effectiveOpacity(field) < MIN_OPACITY) return 'faded';
  for (let at: Element | null = field; at; at = parentAcrossShadow(at)) {
    const style = view.getComputedStyle(at);
    const filter = filterEffect(style.filter);
    if (filter.blurPx > MAX_BLUR_PX || filter.dimmed) return 'faded';
    const mask = style.maskImage || style.getPropertyValue('-webkit-mask-image');
    if ((mask && mask !== 'none') || (style.mixBlendMode && style.mixBlendMode !== 'normal')) return 'masked';
  }
  if (parseFloat(view.getComputedStyle(field).fontSize) < MIN_FONT_PX) return 'tooSmall';
  return null;
}

type Target = { el: Element; points: Point[] };

/**
 * Whether something else is seen where the targets are (fields, or the frame they are shown in),
 * at any of their points, in their one document: one hit-testable moment and one walk of the page
 * for them all (a row of six boxes costs what one box does).
 */
function covered(doc: Document, targets: Target[]): boolean {
  const roots = shadowRootsOf(doc);
  const hit = withEverythingHittable(doc, roots, () =>
    targets.some(({ el, points }) => {
      const labels = el instanceof HTMLInputElement ? [...(el.labels ?? [])] : [];
      return points.some((p) => {
        const stack = stackAt(doc, p.x, p.y);
        const at = stack.indexOf(el);
        if (at < 0) return true; // clipped away or moved: the field is not what is there
        // Above the field: only what paints nothing there, and the text of its own label.
        return stack.slice(0, at).some(
          (above) =>
            !isOurs(above) &&
            paintsOver(
              above,
              labels.some((l) => l.contains(above)),
            ),
        );
      });
    }),
  );
  return hit || farPaintOver(doc, roots, targets) !== null;
}

/** The frame a same-origin frame's document is shown in, seen from its parent, or null. */
function frameOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null; // another site's frame: its parent is not ours to read (and gets no code anyway)
  }
}

/**
 * Why the person cannot see this field (or row of boxes) right now, in one line, or null when
 * every box is in the window, readable, not faded, hidden or masked, and is what is drawn at
 * its own middle. A field inside a frame is checked in the frame, then the frame in its parent.
 */
export function unseenField(fields: HTMLInputElement[], ourBoxes: DOMRect[] = []): FieldUnseen | null {
  const targets: Target[] = [];
  for (const field of fields) {
    if (!field.isConnected) return 'hidden';
    const problem = styleProblem(field);
    if (problem) return problem;
    const box = field.getBoundingClientRect();
    if (box.width < MIN_SIDE_PX || box.height < MIN_SIDE_PX) return 'tooSmall';
    const view = field.ownerDocument.defaultView!;
    const points = lookPoints(box, ourBoxes);
    if (points.some((p) => p.x < 0 || p.y < 0 || p.x >= view.innerWidth || p.y >= view.innerHeight))
      return 'outside';
    targets.push({ el: field, points });
  }
  const doc = fields[0]?.ownerDocument;
  if (!doc) return null;
  if (covered(doc, targets)) return 'covered';
  // Up through same-origin frames: the frame must show this part of its page, unhidden.
  let here = targets.flatMap((t) => t.points);
  for (let frame = frameOf(doc); frame; frame = frameOf(frame.ownerDocument)) {
    const at = frame.getBoundingClientRect();
    const frameView = frame.ownerDocument.defaultView!;
    here = here.map((p) => ({ x: p.x + at.left + frame.clientLeft, y: p.y + at.top + frame.clientTop }));
    const outside = (p: Point) =>
      p.x >= at.right || p.y >= at.bottom || p.x >= frameView.innerWidth || p.y >= frameView.innerHeight;
    if (here.some(outside)) return 'outside';
    if (effectiveOpacity(frame) < MIN_OPACITY) return 'faded';
    if (covered(frame.ownerDocument, [{ el: frame, points: here }])) return 'covered';
  }
  return null;
}
