import type { TabStatus } from '@/lib/messaging/types';
import type { Delivery } from '@/lib/messaging/types';

interface Props {
  portalName: string | null;
  status: TabStatus | null;
}

const ARRIVES: Record<Delivery, string> = {
  email: 'sent to your email',
  sms: 'sent by text message to your phone',
  voice: 'read out in a phone call',
  authenticator: 'from your authenticator app',
};

/** One line about the page the person is on, and what it is asking for. */
export function SiteSummary({ portalName, status }: Props) {
  if (!status) return <p class="muted">Looking at this page…</p>;
  const where =
    portalName ?? (status.origin && !status.origin.startsWith('chrome') ? new URL(status.origin).host : null);
  let line: string;
  if (status.kind === 'challenge') {
    const how = status.deliveries.map((d) => ARRIVES[d]).join(', or ');
    line = `${where ?? 'This page'} is asking for a code${how ? ` (${how})` : ''}.`;
  } else if (status.kind === 'enrollment') {
    line = `${where ?? 'This page'} is setting up two-factor authentication.`;
  } else if (portalName) {
    line = `You are on ${portalName}.`;
  } else {
    line = 'This page is not one of your practice portals.';
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
      {status.incognito && portalName && (
        <p class="warning" data-testid="private-window">
          This is a private window: {portalName} will not remember it and will ask for a code every time.
        </p>
      )}
    </>
  );
}
