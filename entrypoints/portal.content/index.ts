import { send } from '@/lib/messaging/send';
import { PORTAL_MATCHES } from '@/lib/portals/hosts';

// Runs on the practice portals only. Keep this bundle small: no OTP, vault or QR code here.
export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  main() {
    void send('page.report', { kind: 'none' });
  },
});
