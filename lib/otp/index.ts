export { parseOtpauthUri, toOtpauthUri, splitLabel } from './uri';
export { parseMigrationUri } from './migration';
export { generateCode, msUntilNextCode } from './code';
export { normalizeSecret } from './secret';
export { OtpUriError, LIMITS, type OtpAccount, type OtpAlgorithm, type OtpKind } from './types';
export { checkAccount, cleanName, displayName, hasControlCharacters } from './account';
