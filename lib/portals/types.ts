/** How a portal delivers its second-factor code. */
export type Delivery = 'email' | 'sms' | 'voice' | 'authenticator';

export interface Portal<Id extends string = string> {
  id: Id;
  /** The name staff know it by. */
  name: string;
  /**
   * The practice portals the extension is built around: their hosts are in the manifest (the
   * page helper runs there from install). The others are reached once an account is bound there.
   */
  inManifest: boolean;
  hosts: readonly string[];
  /** A registrable domain whose every https host belongs to the portal ({firm}.mycase.com). */
  domain?: string;
  /** Ways the code can arrive, the most likely first. */
  deliveries: readonly Delivery[];
  /** How many digits its codes have, as far as is known (a pasted code must fit). */
  codeLength: { min: number; max: number };
  /** What the portal calls its remember-this-device option, as far as is known. */
  rememberLabel: string | null;
  /**
   * Names and addresses its code messages come from, beside its own name, as far as is known
   * (a sender's domain, a text's short name). Messages that name none of these are not used.
   */
  messageSenders?: readonly string[];
  /**
   * Where its authenticator is set up again (a new secret), in its own menu words, as far as is
   * known: what the handover list links for someone leaving.
   */
  twoFactorSetup?: { url: string; steps: string };
}

/** Keeps a portal file's id as a literal, so the list of ids is derived from the files. */
export const definePortal = <const Id extends string>(portal: Portal<Id>): Portal<Id> => portal;
