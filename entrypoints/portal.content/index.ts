import { startPageHelper } from '@/lib/page';
import { PORTAL_MATCHES } from '@/lib/portals/hosts';

// Runs on the practice portals (every frame, so a portal's own same-origin frames are seen),
// and is injected on other sites only on a gesture (activeTab). Keep this bundle small: no
// OTP, vault or QR code here.
export default defineContentScript({
  matches: PORTAL_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main() {
    startPageHelper(document);
  },
});
