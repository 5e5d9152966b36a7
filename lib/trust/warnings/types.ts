/**
 * Something the person should know before a portal surprises them with a code. Banners show
 * `message` on the portal's page; notifications show `title` and `message` (notify.ts).
 */
export interface Warning {
  /** One per portal and kind: a newer warning of the same id replaces the older one. */
  id: string;
  title: string;
  message: string;
}
