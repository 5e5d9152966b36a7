import { i18n } from '@/lib/i18n';
import type { ActivityKind, Door } from './entry';

const KINDS: Record<ActivityKind, () => string> = {
  filled: () => i18n.t('activity.kind.filled'),
  copied: () => i18n.t('activity.kind.copied'),
  recoveryUsed: () => i18n.t('activity.kind.recoveryUsed'),
  added: () => i18n.t('activity.kind.added'),
  renamed: () => i18n.t('activity.kind.renamed'),
  sitesChanged: () => i18n.t('activity.kind.sitesChanged'),
  removed: () => i18n.t('activity.kind.removed'),
  shared: () => i18n.t('activity.kind.shared'),
  backup: () => i18n.t('activity.kind.backup'),
  export: () => i18n.t('activity.kind.export'),
  import: () => i18n.t('activity.kind.import'),
  restore: () => i18n.t('activity.kind.restore'),
  unlockFailed: () => i18n.t('activity.kind.unlockFailed'),
  autoLocked: () => i18n.t('activity.kind.autoLocked'),
};
const DOORS: Record<Door, () => string> = {
  shortcut: () => i18n.t('activity.door.shortcut'),
  menu: () => i18n.t('activity.door.menu'),
  popup: () => i18n.t('activity.door.popup'),
  button: () => i18n.t('activity.door.button'),
  automatic: () => i18n.t('activity.door.automatic'),
};

export const kindWords = (kind: ActivityKind) => KINDS[kind]();
export const doorWords = (door: Door) => DOORS[door]();
