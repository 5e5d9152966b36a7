import { i18n } from '@/lib/i18n';

export interface NavItem {
  id: string;
  label: string;
}

/**
 * The map of the settings page: one link a section, in page order. Plain links, so Tab and
 * Enter work, and `options.html#backup` from the popup lands on the same place.
 */
export function SettingsNav({ items }: { items: NavItem[] }) {
  return (
    <nav class="settings-nav" aria-label={i18n.t('options.sections')} data-testid="settings-nav">
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{item.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
