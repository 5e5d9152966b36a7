export { detectPage, type Confidence, type Detection } from './page-kind';
export { judgeField } from './code-field';
export { findSplitBoxes } from './split-boxes';
export type { PageKind, PageReport, TabStatus } from './types';
export { codeSourceOf, type CodeSource } from './code-source';
export { recoveryBox, recoveryOffer } from './recovery-offer';
export { recoveryCodesOnPage } from './recovery-codes';
export { codeRefusedOnPage } from './code-refused';
