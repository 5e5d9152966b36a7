import { browser } from 'wxt/browser';

/** The browser's language (what browser.i18n picked the messages by), for Intl's formats. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** "Mar 3, 2027" / "3 mar 2027": a day, in the person's language. */
export function formatDay(ms: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(ms);
}

/** "10:42 AM" / "10:42": a time of day. */
export function formatTime(ms: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { timeStyle: 'short' }).format(ms);
}

/** "today", "yesterday", "12 days ago" / "hoy", "ayer", "hace 12 días". */
export function formatDaysAgo(days: number): string {
  return new Intl.RelativeTimeFormat(uiLanguage(), { numeric: 'auto' }).format(-days, 'day');
}

/** "a, b or c" / "a, b o c". */
export function formatList(items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(uiLanguage(), { type }).format(items);
}

/** An extension page speaks the browser's language: its lang (screen readers' voice) and title. */
export function localizePage(doc: Document, title: string): void {
  doc.documentElement.lang = uiLanguage();
  doc.title = title;
}
