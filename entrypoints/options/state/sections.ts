import { signal } from '@preact/signals';

/** One message line per section of the page, so each answer shows where it was asked. */
export function createSections() {
  const messages = signal<Record<string, { text: string; error: boolean }>>({});

  function say(section: string, text: string, error = false) {
    messages.value = { ...messages.value, [section]: { text, error } };
  }

  /** Runs one action of a section; what it returns (or its error) is said in that section. */
  async function act(section: string, work: () => Promise<string | void>) {
    say(section, '');
    try {
      const done = await work();
      if (done) say(section, done);
    } catch (e) {
      say(section, (e as Error).message, true);
    }
  }
  return { messages, act };
}

export type Sections = ReturnType<typeof createSections>;
