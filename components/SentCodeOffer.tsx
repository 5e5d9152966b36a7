import { formatTime, i18n } from '@/lib/i18n';
import type { SentCodeState } from '@/lib/messaging/types';
import { groupDigits } from './format';

interface Props {
  sent: SentCodeState;
  onFill: (code: string) => void;
}

/** Where the code sent by email or text stands: found (fill it), or why not, in one line. */
export function SentCodeOffer({ sent, onFill }: Props) {
  const sources = 'sources' in sent ? sent.sources.join(', ') : '';
  if (sent.state === 'found') {
    return (
      <button class="sent-code" data-testid="sent-code" onClick={() => onFill(sent.code)}>
        {i18n.t('sentCode.fill', [groupDigits(sent.code), sent.source, sent.portalName, formatTime(sent.at)])}
      </button>
    );
  }
  const line =
    sent.state === 'waiting'
      ? i18n.t('sentCode.waiting', [sources])
      : sent.state === 'no-source-tab'
        ? i18n.t('sentCode.noSourceTab', [sources])
        : sent.state === 'several'
          ? i18n.t('sentCode.several')
          : sent.state === 'unreadable'
            ? i18n.t('sentCode.unreadable', [sent.source])
            : i18n.t('sentCode.timeout');
  return (
    <p class="muted" data-testid="sent-code">
      {line}
    </p>
  );
}
