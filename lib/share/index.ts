export { newSharePassphrase, readShare, writeShare, SHARE_FORMAT } from './file';
export { shareHandlers, LONGEST_SHARE_DAYS } from './handlers';
