import { i18n } from '@/lib/i18n';
import { asCodeLike, asRecoveryCode, shapeOf } from '@/lib/detect/recovery-codes';

export { asRecoveryCode };
import { UserFacingError } from '@/lib/messaging/errors';

/** One recovery (backup) code a portal gave, and when it was used up, if it was. */
export interface RecoveryCode {
  code: string;
  usedAt?: number;
}

export { RECOVERY_RUNNING_LOW as RUNNING_LOW } from '@/lib/messaging/types';
/** Portals give 8 to 16; a paste may hold the few that are left, or a second set. */
const MAX_CODES = 30;

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
  // One of letters only is a code when one with digits has its shape (lib/detect/recovery-codes.ts).
  const shapes = new Set(pieces.map(asRecoveryCode).flatMap((c) => (c ? [shapeOf(c)] : [])));
  const codes = pieces.map((p) => {
    const code = asCodeLike(p);
    return code && shapes.has(shapeOf(code)) ? code : null;
  });
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
    // Checked when it was kept; a code of letters only may have been kept with its list.
    if (typeof item?.code !== 'string' || asCodeLike(item.code) === null) return undefined;
    const usedAt = typeof item.usedAt === 'number' && Number.isFinite(item.usedAt) ? item.usedAt : undefined;
    list.push(usedAt === undefined ? { code: item.code } : { code: item.code, usedAt });
  }
  return list;
}

/**
 * Two copies of one list of recovery codes with every use on either (the earlier use wins);
 * null when they are two lists (the portal gave fresh codes in between).
 */
export function joinUsedMarks(a: unknown, b: unknown): RecoveryCode[] | null {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length || a.length === 0) return null;
  const x = a as RecoveryCode[];
  const y = b as RecoveryCode[];
  if (x.some((c, i) => c?.code !== y[i]?.code)) return null;
  return x.map((c, i) => {
    const used = [c.usedAt, y[i]!.usedAt].filter((t): t is number => typeof t === 'number');
    return used.length ? { code: c.code, usedAt: Math.min(...used) } : { code: c.code };
  });
}
