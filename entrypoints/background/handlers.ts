import { accountHandlers } from '@/lib/accounts';
import { activityHandlers, recordingActivity } from '@/lib/activity';
import { backupHandlers } from '@/lib/backup';
import { clipboardHandlers } from '@/lib/clipboard';
import { clockHandlers } from '@/lib/clock';
import { enrollHandlers } from '@/lib/enroll';
import { exportHandlers } from '@/lib/export';
import { fillHandlers } from '@/lib/fill';
import { handoverHandlers } from '@/lib/handover';
import { importHandlers } from '@/lib/import';
import type { Handlers } from '@/lib/messaging';
import { recoveryHandlers } from '@/lib/recovery';
import { settingsHandlers } from '@/lib/settings';
import { shareHandlers } from '@/lib/share';
import { syncHandlers } from '@/lib/sync';
import { tabStatusHandlers } from '@/lib/tab-status';
import { trustHandlers } from '@/lib/trust';
import { vaultHandlers } from '@/lib/vault';

/** Every message the background answers, each from the concept it belongs to. */
export const handlers: Handlers = recordingActivity({
  ...tabStatusHandlers,
  ...fillHandlers,
  ...trustHandlers,
  ...vaultHandlers,
  ...settingsHandlers,
  ...accountHandlers,
  ...importHandlers,
  ...backupHandlers,
  ...exportHandlers,
  ...enrollHandlers,
  ...clipboardHandlers,
  ...syncHandlers,
  ...recoveryHandlers,
  ...clockHandlers,
  ...activityHandlers,
  ...handoverHandlers,
  ...shareHandlers,
});
