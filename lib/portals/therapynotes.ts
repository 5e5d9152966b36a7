import { definePortal } from './types';

// docs/portals.md: one of the other portals practice staff use. Not in the manifest: the page
// helper runs there once an account is bound to it and the person allows the site.
export const therapyNotes = definePortal({
  id: 'therapynotes',
  name: 'TherapyNotes',
  hosts: ['www.therapynotes.com'],
  deliveries: ['authenticator'],
  inManifest: false,
  codeLength: { min: 6, max: 6 },
  rememberLabel: null,
});
