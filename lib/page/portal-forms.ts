import { send } from '@/lib/messaging/send';
import { findRememberOption } from './remember';

/**
 * Notices two portal forms being sent: the code form (with its remember option ticked or not,
 * so trust cookies are learned only when the person asked to be remembered) and the
 * change-password form (only the date is kept; no field is read).
 */
export function watchPortalForms(doc: Document, isCodeForm: (form: Element) => boolean): void {
  // Both notes only improve later reminders; a page whose extension was just reloaded has no
  // one to tell, and the sign-in must go on regardless.
  const onSend = (form: Element | null) => {
    if (!form) return;
    const passwords = form.querySelectorAll('input[type=password]').length;
    if (passwords >= 3 || form.querySelectorAll('input[autocomplete=new-password]').length >= 2) {
      void send('password.changed', {}).catch(() => undefined);
    } else if (isCodeForm(form)) {
      void send('challenge.submitted', { remember: findRememberOption(form)?.checked ?? false }).catch(
        () => undefined,
      );
    }
  };
  doc.addEventListener('submit', (e) => onSend(e.target as Element), true);
  doc.addEventListener(
    'click',
    (e) => {
      const button = (e.target as Element).closest?.('button, input[type=submit]');
      if (button) onSend(button.closest('form'));
    },
    true,
  );
}
