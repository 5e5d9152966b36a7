import { i18n } from '@/lib/i18n';
import { UserFacingError, type VerifiedSender } from '@/lib/messaging';
import type { ButtonOffer } from '@/lib/storage';

/** Fills by the in-page button per minute and tab: plenty for a person, too few to farm codes. */
export const BUTTON_FILLS_PER_MINUTE = 5;

/**
 * Whether a click on our in-page button may get a code: only the top document the background
 * offered a button to, while the setting is on, a few times a minute. Returns the fill times to
 * keep, with this one counted.
 */
export function allowButtonFill(
  sender: VerifiedSender,
  offer: ButtonOffer | null,
  buttonSetting: boolean,
  now: number,
): number[] {
  const refuse = () => {
    throw new UserFacingError(i18n.t('fill.noButtonOffered'));
  };
  if (!buttonSetting || !offer || sender.frameId !== 0) refuse();
  if (offer!.documentId && offer!.documentId !== sender.documentId) refuse();
  const recent = offer!.fills.filter((at) => now - at < 60_000);
  if (recent.length >= BUTTON_FILLS_PER_MINUTE) {
    throw new UserFacingError(i18n.t('fill.buttonTooOften'));
  }
  return [...recent, now];
}
