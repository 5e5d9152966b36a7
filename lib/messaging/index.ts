export { send, sendToTab, sendToOffscreen } from './send';
export { createRouter, type Handler, type HandlerGroup, type Handlers } from './router';
export { ownExtension } from './self';
export { verifySender, originOf, type Caller, type Self, type VerifiedSender } from './sender';
export { UserFacingError } from './errors';
export { shape, isString, isInt, isIntIn, isBoolean, isEmpty, optional, arrayOf } from './shape';
export type {
  BackgroundProtocol,
  PageProtocol,
  OffscreenProtocol,
  RequestOf,
  ResponseOf,
  Reply,
} from './protocol';
export type * from './types';
