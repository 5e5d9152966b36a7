import { formatList, i18n } from '@/lib/i18n';
import type { TabStatus } from '@/lib/messaging/types';
import type { Delivery } from '@/lib/messaging/types';

interface Props {
  portalName: string | null;
  status: TabStatus | null;
}

const ARRIVES: Record<Delivery, () => string> = {
  email: () => i18n.t('site.arrives.email'),
  sms: () => i18n.t('site.arrives.sms'),
  voice: () => i18n.t('site.arrives.voice'),
  authenticator: () => i18n.t('site.arrives.authenticator'),
};

/** One line about the page the person is on, and what it is asking for. */
export function SiteSummary({ portalName, status }: Props) {
  if (!status) return <p class="muted">{i18n.t('site.looking')}</p>;
  const where =
    portalName ?? (status.origin && !status.origin.startsWith('chrome') ? new URL(status.origin).host : null);
  const page = where ?? i18n.t('site.thisPage');
  let line: string;
  if (status.kind === 'challenge') {
    const how = formatList(
      status.deliveries.map((d) => ARRIVES[d]()),
      'disjunction',
    );
    line = how ? i18n.t('site.asksHow', [page, how]) : i18n.t('site.asks', [page]);
  } else if (status.kind === 'enrollment') {
    line = i18n.t('site.settingUp', [page]);
  } else if (portalName) {
    line = i18n.t('site.onPortal', [portalName]);
  } else {
    line = i18n.t('site.notPortal');
  }
  return (
    <>
      <p
        data-testid="site-summary"
        class={status.kind === 'challenge' ? 'challenge' : portalName ? '' : 'muted'}
      >
        {line}
      </p>
      {status.refusal && (
        <p role="alert" class="error" data-testid="refusal">
          {status.refusal}
        </p>
      )}
      {status.kind === 'challenge' && status.refusedHint && (
        <p class="warning" data-testid="code-refused">
          {status.refusedHint}
        </p>
      )}
      {status.incognito && portalName && (
        <p class="warning" data-testid="private-window">
          {i18n.t('site.privateWindow', [portalName])}
        </p>
      )}
    </>
  );
}
