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
        Lock after this many minutes without use
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
          Set by your practice: at most {max} minutes.
        </p>
      )}
      <button type="submit">Save</button>
    </form>
  );
}
