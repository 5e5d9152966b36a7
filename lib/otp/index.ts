export { parseOtpauthUri, toOtpauthUri, splitLabel } from './uri';
export { parseMigrationUri, readMigrationUri, type MigrationBatch } from './migration';
export { generateCode, msUntilNextCode } from './code';
export { normalizeSecret, secretFromBytes } from './secret';
export { OtpUriError, LIMITS, type OtpAccount, type OtpAlgorithm, type OtpKind } from './types';
export { checkAccount, cleanName, displayName, hasControlCharacters } from './account';
