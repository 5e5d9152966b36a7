export { tabOrigin } from './origin';
export { arrivedCode, noteRefusal, statusOf } from './report';
export { tabStatusHandlers } from './handlers';
