export { classifyQrText, type QrFinding } from './qr-kind';
export { previewOf } from './preview';
export { summarize } from './summarize';
export { scanTabAndTell, scanImageAndTell } from './announce';
export { enrollHandlers } from './handlers';
