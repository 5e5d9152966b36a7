import { definePortal } from './types';

// docs/portals.md: one of the other portals practice staff use. Not in the manifest: the page
// helper runs there once an account is bound to it and the person allows the site.
export const jane = definePortal({
  id: 'jane',
  name: 'Jane',
  hosts: [],
  domain: 'janeapp.com',
  deliveries: ['authenticator', 'sms'],
  inManifest: false,
  codeLength: { min: 6, max: 6 },
  rememberLabel: 'Trust this browser to skip 2-Step Verification for 30 days',
});
