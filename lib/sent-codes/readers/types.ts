import type { MessageRow } from '../types';

/** What a reader gives back from a source tab: its rows, or that it could not make sense of the page. */
export type ReaderAnswer = { rows: MessageRow[] } | { problem: 'layout' };
