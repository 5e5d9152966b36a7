import { i18n } from '@/lib/i18n';
import { useState } from 'preact/hooks';

export function AutoLockForm({
  minutes,
  max,
  onSave,
}: {
  minutes: number;
  max: number | null;
  onSave: (minutes: number) => void;
}) {
  const [value, setValue] = useState(String(minutes));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSave(Number(value));
      }}
    >
      <label>
        {i18n.t('autoLock.minutes')}
        <input
          type="number"
          min={1}
          max={max ?? 1440}
          value={value}
          onInput={(e) => setValue(e.currentTarget.value)}
        />
      </label>
      {max !== null && (
        <p class="muted" data-testid="set-by-practice">
          {i18n.t('autoLock.setByPractice', [max])}
        </p>
      )}
      <button type="submit">{i18n.t('autoLock.save')}</button>
    </form>
  );
}
