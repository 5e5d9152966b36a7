import type { Portal } from './types';

// PORTALS.md: SMS or authenticator app (standard 6-digit TOTP), "trust this computer".
export const practiceQ: Portal = {
  id: 'practiceq',
  name: 'PracticeQ (IntakeQ)',
  hosts: ['intakeq.com', 'app.intakeq.com', 'practiceq.com', 'app.practiceq.com'],
  deliveries: ['authenticator', 'sms'],
  codeLength: { min: 4, max: 8 },
  rememberLabel: 'Trust this computer',
};
