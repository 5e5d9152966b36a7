/** One row of a message list as the page shows it: never more than sender, subject, preview and time. */
export interface MessageRow {
  sender: string;
  subject: string;
  preview: string;
  /** When the page says it arrived (ms since 1970), or null when it does not say. */
  time: number | null;
}

/** A code step waiting for a code by email or text. */
export interface CodeWait {
  /** The portal's name, other names its messages use, and its code length. */
  portal: { name: string; senders: readonly string[]; codeLength: { min: number; max: number } };
  /** When the code step appeared on screen. */
  since: number;
}

export type Choice =
  | { kind: 'code'; code: string; row: MessageRow }
  /** More than one different code could be the one: the person chooses (newest first). */
  | { kind: 'several'; codes: { code: string; row: MessageRow }[] }
  | { kind: 'none' };
