export type { ActivityEvent, ActivityKind, Door } from './entry';
export { recordActivity } from './record';
export { activityHandlers } from './handlers';
export { recordingActivity } from './watch';
