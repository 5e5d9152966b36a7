export { send } from './send';
export { createRouter, type Handler, type Handlers } from './router';
export { verifySender, originOf, type Caller, type Self, type VerifiedSender } from './sender';
export { UserFacingError } from './errors';
export { shape, isString, isInt, optional, arrayOf } from './shape';
export type { Protocol, MessageName, RequestOf, ResponseOf, Reply } from './protocol';
