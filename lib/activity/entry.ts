/** How the person asked (the door they used), for fills and copies. */
export type Door = 'shortcut' | 'menu' | 'popup' | 'button' | 'automatic';

/** What the extension did. Never a code, a secret or a recovery code: names, sites and times only. */
export type ActivityKind =
  | 'filled'
  | 'copied'
  | 'recoveryUsed'
  | 'added'
  | 'renamed'
  | 'sitesChanged'
  | 'removed'
  | 'shared'
  | 'backup'
  | 'export'
  | 'import'
  | 'restore'
  | 'unlockFailed'
  | 'autoLocked';

export interface ActivityEvent {
  kind: ActivityKind;
  accountId?: string;
  /** The account's name when it happened (it may be renamed or removed later). */
  account?: string;
  /** The site's host name. */
  site?: string;
  door?: Door;
  /** A short fact in words: "a code that arrived by email or text", "12 accounts", the new sites. */
  detail?: string;
}

export interface ActivityEntry extends ActivityEvent {
  at: number;
}
