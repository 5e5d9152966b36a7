/** How a portal delivers its second-factor code. */
export type Delivery = 'email' | 'sms' | 'voice' | 'authenticator';

export type PortalId = 'practicepanther' | 'practiceq' | 'therapyappointment' | 'clio' | 'mycase' | 'simplepractice' | 'therapynotes' | 'jane';

export interface Portal {
  id: PortalId;
  /** The name staff know it by. */
  name: string;
  hosts: readonly string[];
  /** A registrable domain whose every https host belongs to the portal ({firm}.mycase.com). */
  domain?: string;
  /** Ways the code can arrive, the most likely first. */
  deliveries: readonly Delivery[];
  codeLength: { min: number; max: number };
  /** What the portal calls its remember-this-device option, as far as is known. */
  rememberLabel: string | null;
}
