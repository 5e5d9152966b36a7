import { formatTime, i18n } from '@/lib/i18n';
import type { SentCodeState } from '@/lib/messaging/types';
import { useFocusWhenShown } from './focus';
import { groupDigits } from './format';

interface Props {
  sent: SentCodeState;
  onFill: (code: string) => void;
  /** The popup's first card: its (first) Fill has the keyboard. */
  focus?: boolean;
}

/** Where the code sent by email or text stands: found (fill it), or why not, in one line. */
export function SentCodeOffer({ sent, onFill, focus = false }: Props) {
  const first = useFocusWhenShown<HTMLButtonElement>(focus);
  const sources = 'sources' in sent ? sent.sources.join(', ') : '';
  if (sent.state === 'found') {
    return (
      <button class="sent-code" ref={first} data-testid="sent-code" onClick={() => onFill(sent.code)}>
        {i18n.t('sentCode.fill', [groupDigits(sent.code), sent.source, sent.portalName, formatTime(sent.at)])}
      </button>
    );
  }
  if (sent.state === 'several') {
    return (
      <div data-testid="sent-code">
        <p class="muted">{i18n.t('sentCode.several')}</p>
        {sent.choices.map((choice, i) => (
          <button
            class="sent-code"
            ref={i === 0 ? first : undefined}
            key={choice.code}
            onClick={() => onFill(choice.code)}
          >
            {i18n.t('sentCode.fillChoice', [groupDigits(choice.code), choice.source, formatTime(choice.at)])}
          </button>
        ))}
      </div>
    );
  }
  const line =
    sent.state === 'waiting'
      ? i18n.t('sentCode.waiting', [sources])
      : sent.state === 'no-source-tab'
        ? i18n.t('sentCode.noSourceTab', [sources])
        : sent.state === 'unreadable'
          ? i18n.t('sentCode.unreadable', [sent.source])
          : i18n.t('sentCode.timeout');
  return (
    <p class="muted" data-testid="sent-code">
      {line}
    </p>
  );
}
