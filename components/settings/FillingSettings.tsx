import { i18n } from '@/lib/i18n';
import type { Portal } from '@/lib/portals';
import type { Settings, SettingsInForce } from '@/lib/messaging/types';

interface Props {
  settings: SettingsInForce;
  portals: readonly Portal[];
  /** Sites accounts are bound to, for the per-site auto-submit choice. */
  sites: string[];
  onChange: (change: Partial<Omit<Settings, 'autoLockMinutes'>>) => void;
}

const toggle = (list: string[], item: string, on: boolean) =>
  on ? [...new Set([...list, item])] : list.filter((x) => x !== item);

/** How codes are filled: the in-page button, "remember this computer", auto-submit per site. */
export function FillingSettings({ settings, portals, sites, onChange }: Props) {
  return (
    <div data-testid="filling-settings">
      <label class="check">
        <input
          type="checkbox"
          checked={settings.inPageButton}
          onChange={(e) => onChange({ inPageButton: e.currentTarget.checked })}
        />
        {i18n.t('fillingForm.inPageButton')}
      </label>
      <h3>{i18n.t('fillingForm.remember')}</h3>
      {portals
        .filter((p) => p.rememberLabel)
        .map((p) => (
          <label class="check" key={p.id}>
            <input
              type="checkbox"
              checked={settings.rememberOn.includes(p.id)}
              onChange={(e) =>
                onChange({ rememberOn: toggle(settings.rememberOn, p.id, e.currentTarget.checked) })
              }
            />
            {i18n.t('fillingForm.rememberOn', [p.name, p.rememberLabel ?? ''])}
          </label>
        ))}
      {sites.length > 0 && <h3>{i18n.t('fillingForm.autoSubmit')}</h3>}
      {sites.map((origin) => (
        <label class="check" key={origin}>
          <input
            type="checkbox"
            checked={settings.autoSubmitOn.includes(origin)}
            onChange={(e) =>
              onChange({ autoSubmitOn: toggle(settings.autoSubmitOn, origin, e.currentTarget.checked) })
            }
          />
          {new URL(origin).host}
        </label>
      ))}
      <h3>{i18n.t('fillingForm.reminders')}</h3>
      <label>
        {i18n.t('fillingForm.reminderDays')}
        <input
          type="number"
          min={1}
          max={60}
          value={settings.reminderDays}
          disabled={settings.setByPractice.includes('reminderDays')}
          onChange={(e) => onChange({ reminderDays: Number(e.currentTarget.value) })}
        />
      </label>
      <label>
        {i18n.t('fillingForm.passwordDays')}
        <input
          type="number"
          min={7}
          max={730}
          value={settings.passwordIntervalDays}
          disabled={settings.setByPractice.includes('passwordIntervalDays')}
          onChange={(e) => onChange({ passwordIntervalDays: Number(e.currentTarget.value) })}
        />
      </label>
      {settings.setByPractice.length > 0 && <p class="muted">{i18n.t('fillingForm.setByPractice')}</p>}
    </div>
  );
}
