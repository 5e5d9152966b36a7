import { definePortal } from './types';

// docs/portals.md: one of the other portals practice staff use. Not in the manifest: the page
// helper runs there once an account is bound to it and the person allows the site.
export const clio = definePortal({
  id: 'clio',
  name: 'Clio',
  hosts: ['account.clio.com', 'app.clio.com'],
  deliveries: ['authenticator', 'sms'],
  inManifest: false,
  codeLength: { min: 6, max: 6 },
  rememberLabel: null,
});
