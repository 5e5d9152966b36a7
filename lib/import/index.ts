export { parseImport, accountFromSecret } from './parse';
export type { ParsedImport, ImportFormat } from './formats/types';
export { IMPORT_FORMATS, formatNames } from './formats/registry';
export { previewImport, withoutDuplicates } from './preview';
export { importHandlers } from './handlers';
