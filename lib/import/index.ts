export { parseImport, accountFromSecret, type ParsedImport } from './formats';
export { previewImport, withoutDuplicates, type PreviewRow } from './preview';
