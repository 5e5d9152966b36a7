export { decodeQrCodes, type DecodeOptions } from './decode';
export { locateCodes } from './locate';
export { crop } from './crop';
export type { RgbaImage, Rect, FallbackDecoder } from './types';
