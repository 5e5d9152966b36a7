import { readGmail } from './readers/gmail';
import { readGoogleMessages } from './readers/google-messages';
import { readOutlook } from './readers/outlook';
import type { ReaderAnswer } from './readers/types';

/** A webmail or messaging site a code can be read from, once the person turns it on. */
export interface CodeSource {
  id: string;
  /** What people call it. */
  name: string;
  /** How codes arrive there. */
  carries: 'email' | 'sms';
  /** The pages it is read on (also the optional host permission asked for when turned on). */
  matches: string[];
  /** Runs in the source tab (self-contained: scripting.executeScript sends it alone). */
  read: () => ReaderAnswer;
}

export const CODE_SOURCES: readonly CodeSource[] = [
  { id: 'gmail', name: 'Gmail', carries: 'email', matches: ['https://mail.google.com/*'], read: readGmail },
  {
    id: 'outlook',
    name: 'Outlook',
    carries: 'email',
    matches: [
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
      'https://outlook.live.com/*',
      'https://outlook.cloud.microsoft/*',
    ],
    read: readOutlook,
  },
  {
    id: 'google-messages',
    name: 'Google Messages',
    carries: 'sms',
    matches: ['https://messages.google.com/*'],
    read: readGoogleMessages,
  },
];

export const SOURCE_IDS: string[] = CODE_SOURCES.map((s) => s.id);

/** The page is this source's own (its https host, as in its match patterns), not one it navigated to. */
export function isSourcePage(source: CodeSource, url: string | undefined): boolean {
  try {
    const { protocol, host } = new URL(url ?? '');
    return protocol === 'https:' && source.matches.some((m) => m === `https://${host}/*`);
  } catch {
    return false;
  }
}
