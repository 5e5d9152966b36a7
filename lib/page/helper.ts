import { followCodeStep } from './code-step';
import { watchPortalForms } from './portal-forms';
import { receiveFromBackground } from './receiver';
import { watchSignIn } from './sign-in';
import { watchPage } from './watcher';

// The content-script side: watch the page for a code step, tell the background, and type a
// code when the background sends one. It never sees a secret, only the code for this frame.
export function startPageHelper(doc: Document): void {
  const marker = globalThis as { sfcPageHelper?: boolean };
  if (marker.sfcPageHelper) return; // injected again on demand: one helper per frame
  marker.sfcPageHelper = true;

  const step = followCodeStep(doc);
  watchSignIn(doc);
  watchPortalForms(doc, (form) => step.fields().some((f) => form.contains(f)));
  watchPage(doc, step.check);
  receiveFromBackground(doc, step);
}
