import { signal } from '@preact/signals';

/** What the popup is doing and what it last had to say: one error line, one notice line. */
export function createFeedback() {
  const error = signal<string | null>(null);
  const notice = signal<string | null>(null);
  const busy = signal(false);

  /** Runs one action of the person's; its error, in their words, replaces the last one. */
  async function act(work: () => Promise<void>) {
    busy.value = true;
    error.value = null;
    try {
      await work();
    } catch (e) {
      error.value = (e as Error).message;
    } finally {
      busy.value = false;
    }
  }
  return { error, notice, busy, act };
}

export type Feedback = ReturnType<typeof createFeedback>;
