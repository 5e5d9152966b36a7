import { definePortal } from './types';

// docs/portals.md: text (default) or voice call; 8 digits now, 6 in older help pages.
// Remembered "for up to a year" by cookies.
export const therapyAppointment = definePortal({
  id: 'therapyappointment',
  name: 'TherapyAppointment',
  inManifest: true,
  hosts: ['portal.therapyappointment.com'],
  deliveries: ['sms', 'voice'],
  codeLength: { min: 6, max: 8 },
  rememberLabel: 'Remember this computer for up to a year',
  // Texts come from a short code whose number is not published: they name the portal.
  messageSenders: ['therapyappointment', 'therapy appointment'],
});
