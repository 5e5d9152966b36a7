export { syncHandlers } from './handlers';
export { syncSoon, syncChoice, SYNC_RETRY_ALARM } from './service';
export { wrappingInSync } from './wrapping';
export { isSyncItemName } from './pack';
