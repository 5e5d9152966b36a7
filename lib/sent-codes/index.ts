export { chooseCode, fromPortal, CLOCK_ALLOWANCE_MS } from './choose';
export { codesIn, plainText } from './find';
export type { Choice, CodeWait, MessageRow } from './types';
