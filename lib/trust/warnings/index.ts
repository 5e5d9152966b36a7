export { privateWindowWarning } from './private-window';
export { notRememberedWarning } from './not-remembered';
export { cookieLostWarning } from './cookie-lost';
export { expiringWarning } from './expiring';
export { passwordDueWarning } from './password-due';
export { notify } from './notify';
export type { Warning } from './types';
