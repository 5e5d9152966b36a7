import { useState } from 'preact/hooks';

export function AutoLockForm({ minutes, onSave }: { minutes: number; onSave: (minutes: number) => void }) {
  const [value, setValue] = useState(String(minutes));
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSave(Number(value)); }}>
      <label>Lock after this many minutes without use
        <input type="number" min={1} max={1440} value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      </label>
      <button type="submit">Save</button>
    </form>
  );
}
