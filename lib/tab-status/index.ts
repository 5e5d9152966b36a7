export { tabOrigin } from './origin';
export { arrivedCode, noteFilled, noteRefusal, statusOf } from './report';
export { tabStatusHandlers } from './handlers';
