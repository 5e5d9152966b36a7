import { definePortal } from './types';

// docs/portals.md: email-only codes on a new device; the browser is remembered once used.
// Code length is unknown, so any 4–8 digits.
export const practicePanther = definePortal({
  id: 'practicepanther',
  name: 'PracticePanther',
  inManifest: true,
  hosts: ['app.practicepanther.com'],
  deliveries: ['email'],
  codeLength: { min: 4, max: 8 },
  rememberLabel: null,
  // Its emails come from its own domain and name it in the subject.
  messageSenders: ['practicepanther.com'],
});
