import { faceFor } from '@/lib/faces/face';
import type { AccountSummary } from '@/lib/messaging/types';

/** The account's mark or initial. Decorative: its name is said beside it. */
export function AccountFace({ item }: { item: Pick<AccountSummary, 'issuer' | 'account' | 'bindings'> }) {
  const face = faceFor(item);
  if (face.kind === 'portal') return <img class="face" src={face.src} alt="" width={32} height={32} />;
  return (
    <span class="face" aria-hidden="true" style={{ background: face.background }}>
      {face.letter}
    </span>
  );
}
