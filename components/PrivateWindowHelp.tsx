import { i18n } from '@/lib/i18n';
/** Shown when the browser keeps the extension out of private windows. */
export function PrivateWindowHelp() {
  return (
    <details class="muted" data-testid="incognito-help">
      <summary>{i18n.t('privateHelp.title')}</summary>
      <p>{i18n.t('privateHelp.how')}</p>
    </details>
  );
}
