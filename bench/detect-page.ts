import { detectPage } from '../lib/detect';
import { unseenField } from '../lib/page/field-in-view';

// Bundled by bench/detector.ts and run inside Chromium on a page of 10,000 elements.
declare global {
  interface Window {
    timeDetector(): number;
    timeBareQuery(): number;
    timeFieldLook(): number;
    buildLargePage(elements: number): void;
  }
}

window.buildLargePage = (elements) => {
  const root = document.createElement('div');
  for (let i = 0; i < elements / 9; i++) {
    const card = document.createElement('section');
    card.innerHTML = `<h3>Client ${i}</h3><p>Appointment notes <span>for</span> <em>today</em></p><ul><li>a</li><li>b</li></ul><input name="note${i}" placeholder="Search notes">`;
    root.append(card);
  }
  const form = document.createElement('form');
  form.innerHTML =
    '<p>We sent a code to your phone.</p><label for="otp">Verification code</label><input id="otp" autocomplete="one-time-code">';
  root.append(form);
  document.body.replaceChildren(root);
};

window.timeDetector = () => {
  const start = performance.now();
  const found = detectPage(document);
  if (found.kind !== 'challenge') throw new Error('detector missed the code field');
  return performance.now() - start;
};

window.timeBareQuery = () => {
  const start = performance.now();
  document.querySelectorAll('input').forEach((el) => el.name);
  return performance.now() - start;
};

// The look before a code goes in: is the field the person's to see (every door does it once).
window.timeFieldLook = () => {
  const { fields } = detectPage(document);
  fields[0]!.scrollIntoView({ block: 'center' }); // as the shortcut does for a field below the fold
  const start = performance.now();
  const why = unseenField(fields);
  // The page's next frame restyles what the look made hit-testable for a moment: its cost too.
  void document.documentElement.getBoundingClientRect();
  if (why) throw new Error(`the field look refused a plain field: ${why}`);
  return performance.now() - start;
};
