export { tabOrigin } from './origin';
export { noteRefusal, statusOf } from './report';
export { badgeFor } from './badge';
export { tabStatusHandlers } from './handlers';
