import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

/** Each shipped locale's messages as the browser gets them (_locales/<lang>/messages.json). */
export function localeMessages(lang: string): Record<string, { message: string }> {
  const text = readFileSync(resolve(import.meta.dirname, `../locales/${lang}.yml`), 'utf8');
  return generateChromeMessages(parseMessagesText(text, 'YAML'));
}

/** Chrome's getMessage: $1…$9 filled in, $$ a dollar sign, '' for a missing key. */
export function getMessageFrom(messages: Record<string, { message: string }>) {
  return (name: string, subs?: string | string[]): string => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    const message = messages[name]?.message ?? '';
    return message.replace(/\$(\$|\d)/g, (_, d: string) => (d === '$' ? '$' : (list[Number(d) - 1] ?? '')));
  };
}
