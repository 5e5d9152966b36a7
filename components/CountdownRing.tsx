import { i18n } from '@/lib/i18n';
interface Props {
  msLeft: number;
  periodMs: number;
}

/** A ring that empties as the code's time runs out; red in the last five seconds. */
export function CountdownRing({ msLeft, periodMs }: Props) {
  const fraction = Math.max(0, Math.min(1, msLeft / periodMs));
  const circumference = 2 * Math.PI * 9;
  const seconds = Math.ceil(msLeft / 1000);
  return (
    <svg
      class={`ring${seconds <= 5 ? ' ring-ending' : ''}`}
      width="24"
      height="24"
      viewBox="0 0 24 24"
      role="img"
      aria-label={i18n.t('codes.secondsLeft', seconds)}
    >
      <circle cx="12" cy="12" r="9" class="ring-track" />
      <circle
        cx="12"
        cy="12"
        r="9"
        class="ring-fill"
        stroke-dasharray={circumference}
        stroke-dashoffset={circumference * (1 - fraction)}
        transform="rotate(-90 12 12)"
      />
      <text x="12" y="16" text-anchor="middle">
        {seconds}
      </text>
    </svg>
  );
}
