import { useState } from 'preact/hooks';

interface Props {
  /** "your email", "a text message"… */
  source: string;
  onFill: (code: string) => void;
}

/** For codes that arrive by email, text or call: paste (or type) it here and fill it in. */
export function PasteCode({ source, onFill }: Props) {
  const [code, setCode] = useState('');
  async function paste() {
    try {
      setCode((await navigator.clipboard.readText()).trim().slice(0, 20));
    } catch {
      // Reading the clipboard needs the person's OK in some browsers; Ctrl+V in the box always works.
    }
  }
  return (
    <form
      class="paste-code"
      onSubmit={(e) => {
        e.preventDefault();
        onFill(code);
      }}
      data-testid="paste-code"
    >
      <label>
        Code from {source}
        <input
          value={code}
          inputMode="numeric"
          autocomplete="one-time-code"
          placeholder="Paste it here"
          onInput={(e) => setCode(e.currentTarget.value)}
        />
      </label>
      <div class="actions">
        <button type="button" class="secondary" onClick={paste}>
          Paste
        </button>
        <button type="submit" disabled={!code.trim()}>
          Fill into the page
        </button>
      </div>
    </form>
  );
}
