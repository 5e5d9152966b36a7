import { send } from '@/lib/messaging/send';

const USERNAME =
  'input[autocomplete~=username], input[type=email], input[name*=user i], input[name*=email i], input[name*=login i], input[id*=user i], input[id*=email i], input[placeholder*=email i]';

/**
 * Remembers the user name typed on a sign-in form, so that when several accounts fit the
 * site the right one is filled. Never reads the password field.
 */
export function watchSignIn(doc: Document): void {
  const capture = (form: Element | null) => {
    if (!form || !form.querySelector('input[type=password]')) return;
    const name = form.querySelector<HTMLInputElement>(USERNAME)?.value.trim();
    // Only a hint for choosing between accounts later; the sign-in goes on regardless.
    if (name) void send('signin.seen', { username: name.slice(0, 256) }).catch(() => undefined);
  };
  doc.addEventListener('submit', (e) => capture(e.target as Element), true);
  // Single-page apps often sign in from a button click without a real submit.
  doc.addEventListener(
    'click',
    (e) => {
      const button = (e.target as Element).closest?.('button, input[type=submit]');
      if (button) capture(button.closest('form') ?? button.parentElement?.closest('form, main, div') ?? null);
    },
    true,
  );
}
