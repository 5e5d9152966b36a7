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
});
