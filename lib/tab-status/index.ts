export { tabOrigin } from './origin';
export { noteRefusal, statusOf } from './report';
export { tabStatusHandlers } from './handlers';
