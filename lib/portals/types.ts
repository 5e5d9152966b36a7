/** How a portal delivers its second-factor code. */
export type Delivery = 'email' | 'sms' | 'voice' | 'authenticator';

export type PortalId = 'practicepanther' | 'practiceq' | 'therapyappointment';

export interface Portal {
  id: PortalId;
  /** The name staff know it by. */
  name: string;
  hosts: readonly string[];
  /** Ways the code can arrive, the most likely first. */
  deliveries: readonly Delivery[];
  codeLength: { min: number; max: number };
  /** What the portal calls its remember-this-device option, as far as is known. */
  rememberLabel: string | null;
}
