import { i18n } from '@/lib/i18n';
import { UserFacingError } from '@/lib/messaging/errors';

/** One recovery (backup) code a portal gave, and when it was used up, if it was. */
export interface RecoveryCode {
  code: string;
  usedAt?: number;
}

/** Fewer left than this and the account says so: the person should ask the portal for new ones. */
export const RUNNING_LOW = 2;
/** Portals give 8 to 16; a paste may hold the few that are left, or a second set. */
const MAX_CODES = 30;
/** The number a page must show before it is taken for a list of recovery codes. */
export const FEWEST_ON_A_PAGE = 5;

// A code is letters and digits, in groups joined by single spaces or dashes ("1234 5678",
// "a1b2c-3d4e5"): 6 to 40 characters without the joins. Prose ("Save these codes") has words
// of letters only, so a code must hold a digit; the rare all-letter code can be typed with one.
const CODE = /^[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*$/;

/** The code as the portal wrote it (joins kept: some portals want the dash), or null. */
export function asRecoveryCode(text: string): string | null {
  const code = text.trim();
  const bare = code.replace(/[ -]/g, '');
  if (!CODE.test(code) || bare.length < 6 || bare.length > 40 || !/\d/.test(bare)) return null;
  return code;
}

/** The shape of a code, "5-5" or "4 4 4": the codes of one list share it. */
export const shapeOf = (code: string) => code.replace(/[A-Za-z0-9]+/g, (g) => String(g.length));

// A pasted list: one code per line, or several on a line apart by tabs, commas, semicolons or
// two spaces (a single space may be inside a code, "1234 5678"); "1." or "•" before each is
// the list's, not the code's.
const PIECES = /\t|,|;| {2,}/;
const LIST_MARK = /^(?:\d{1,2}[.)]\s+|[-•*·]\s+)/;

/**
 * The codes in what the person pasted or typed. Anything that is not a list of codes (a
 * sentence, a setup link, an email) is refused as a whole: nothing is kept from it.
 */
export function readRecoveryList(text: string): string[] {
  const pieces = text
    .split(/\r?\n/)
    .flatMap((line) => line.replace(LIST_MARK, '').split(PIECES))
    .map((p) => p.trim())
    .filter(Boolean);
  if (pieces.length === 0) throw new UserFacingError(i18n.t('recoveryError.empty'));
  const codes = pieces.map(asRecoveryCode);
  const wrong = pieces.find((_, i) => codes[i] === null);
  if (wrong !== undefined)
    throw new UserFacingError(
      i18n.t('recoveryError.notCodes', [wrong.length > 30 ? `${wrong.slice(0, 30)}…` : wrong]),
    );
  const unique = [...new Set(codes as string[])];
  if (unique.length > MAX_CODES) throw new UserFacingError(i18n.t('recoveryError.tooMany', [MAX_CODES]));
  return unique;
}

/** A fresh list: codes are matched by what the person would type (no joins, any case). */
export const newList = (codes: string[]): RecoveryCode[] => codes.map((code) => ({ code }));

const typed = (code: string) => code.replace(/[ -]/g, '').toLowerCase();

/** The next code to use: the first one not used yet. */
export const nextUnused = (list: readonly RecoveryCode[]) => list.find((c) => c.usedAt === undefined);

export const leftOf = (list: readonly RecoveryCode[] | undefined) =>
  list ? list.filter((c) => c.usedAt === undefined).length : null;

export function markUsed(list: readonly RecoveryCode[], code: string, now: number): RecoveryCode[] {
  return list.map((c) =>
    c.usedAt === undefined && typed(c.code) === typed(code) ? { ...c, usedAt: now } : c,
  );
}

/** A list as read back from the vault, a backup or another browser: anything else is dropped. */
export function readStoredList(value: unknown): RecoveryCode[] | undefined {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_CODES) return undefined;
  const list: RecoveryCode[] = [];
  for (const item of value as { code?: unknown; usedAt?: unknown }[]) {
    if (typeof item?.code !== 'string' || asRecoveryCode(item.code) === null) return undefined;
    const usedAt = typeof item.usedAt === 'number' && Number.isFinite(item.usedAt) ? item.usedAt : undefined;
    list.push(usedAt === undefined ? { code: item.code } : { code: item.code, usedAt });
  }
  return list;
}
