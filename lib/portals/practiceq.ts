import { definePortal } from './types';

// docs/portals.md: SMS or authenticator app (standard 6-digit TOTP), "trust this computer".
export const practiceQ = definePortal({
  id: 'practiceq',
  name: 'PracticeQ (IntakeQ)',
  inManifest: true,
  hosts: ['intakeq.com', 'app.intakeq.com', 'practiceq.com', 'app.practiceq.com'],
  deliveries: ['authenticator', 'sms'],
  codeLength: { min: 4, max: 8 },
  rememberLabel: 'Trust this computer',
  // Texts name IntakeQ or PracticeQ.
  messageSenders: ['intakeq', 'practiceq'],
  // Its help's path to the setup (docs/portals.md): sign in first, then the menu.
  twoFactorSetup: {
    url: 'https://intakeq.com/signin',
    steps: 'More → Account → Two-Factor Authentication (2FA)',
  },
});
