import { signal } from '@preact/signals';

/** One message line per section of the page, so each answer shows where it was asked. */
export function createSections() {
  const messages = signal<Record<string, { text: string; error: boolean }>>({});

  function say(section: string, text: string, error = false) {
    messages.value = { ...messages.value, [section]: { text, error } };
  }

  const busy = new Set<string>();
  // What other sections show of each action (the activity record, the handover list) follows it.
  const afterActions: ((section: string) => void)[] = [];

  /**
   * Runs one action of a section; says `working` meanwhile (some take seconds: each passphrase
   * is stretched on purpose), then what it returns or its error. A second press while one is
   * under way is ignored.
   */
  async function act(section: string, work: () => Promise<string | void>, working = '') {
    if (busy.has(section)) return;
    busy.add(section);
    say(section, working);
    try {
      const done = await work();
      say(section, done ?? '');
    } catch (e) {
      say(section, (e as Error).message, true);
    } finally {
      busy.delete(section);
      for (const follow of afterActions) follow(section);
    }
  }
  return { messages, act, afterActions: (follow: (section: string) => void) => afterActions.push(follow) };
}

export type Sections = ReturnType<typeof createSections>;
