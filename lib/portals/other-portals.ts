import type { Portal } from './types';

// The other portals practice staff use (PORTALS.md table). Not in the manifest: the page
// helper runs on them once an account is bound there and the person allows the site.
export const clio: Portal = {
  id: 'clio', name: 'Clio', hosts: ['account.clio.com', 'app.clio.com'], deliveries: ['authenticator', 'sms'],
  codeLength: { min: 6, max: 6 }, rememberLabel: null,
};

export const myCase: Portal = {
  id: 'mycase', name: 'MyCase', hosts: ['auth.mycase.com'], domain: 'mycase.com', deliveries: ['authenticator', 'sms', 'email'],
  codeLength: { min: 6, max: 6 }, rememberLabel: 'Remember this device for 30 days',
};

export const simplePractice: Portal = {
  id: 'simplepractice', name: 'SimplePractice', hosts: ['secure.simplepractice.com'], deliveries: ['authenticator', 'sms', 'email'],
  codeLength: { min: 6, max: 6 }, rememberLabel: null,
};

export const therapyNotes: Portal = {
  id: 'therapynotes', name: 'TherapyNotes', hosts: ['www.therapynotes.com'], deliveries: ['authenticator'],
  codeLength: { min: 6, max: 6 }, rememberLabel: null,
};

export const jane: Portal = {
  id: 'jane', name: 'Jane', hosts: [], domain: 'janeapp.com', deliveries: ['authenticator', 'sms'],
  codeLength: { min: 6, max: 6 }, rememberLabel: 'Trust this browser to skip 2-Step Verification for 30 days',
};
