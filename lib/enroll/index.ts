export { classifyQrText, type QrFinding } from './qr-kind';
export { previewOf, type FindingPreview, type ScanReport } from './preview';
