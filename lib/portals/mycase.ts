import { definePortal } from './types';

// docs/portals.md: one of the other portals practice staff use. Not in the manifest: the page
// helper runs there once an account is bound to it and the person allows the site.
export const myCase = definePortal({
  id: 'mycase',
  name: 'MyCase',
  hosts: ['auth.mycase.com'],
  domain: 'mycase.com',
  deliveries: ['authenticator', 'sms', 'email'],
  inManifest: false,
  codeLength: { min: 6, max: 6 },
  rememberLabel: 'Remember this device for 30 days',
});
