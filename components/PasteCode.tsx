import { i18n } from '@/lib/i18n';
import { useState } from 'preact/hooks';
import { useFocusWhenShown } from './focus';

interface Props {
  /** "your email", "a text message"… */
  source: string;
  /** Take the keyboard when the popup opens (no account here fills the code itself). */
  focus: boolean;
  onFill: (code: string) => void;
}

/**
 * For codes that arrive by email, text or call: paste (or type) it here and fill it in. The box
 * has the keyboard when the popup opens, so Ctrl+V is all it takes.
 */
export function PasteCode({ source, focus, onFill }: Props) {
  const [code, setCode] = useState('');
  const [hint, setHint] = useState('');
  const box = useFocusWhenShown<HTMLInputElement>(focus);
  async function paste() {
    try {
      setCode((await navigator.clipboard.readText()).trim().slice(0, 20));
      setHint('');
    } catch {
      // Chrome lets an extension read the clipboard only with a permission we do not ask for
      // (it would let us read everything copied); a paste the person makes always works.
      box.current?.focus();
      setHint(i18n.t('paste.privateClipboard'));
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
        {i18n.t('paste.codeFrom', [source])}
        <input
          ref={box}
          value={code}
          inputMode="numeric"
          autocomplete="one-time-code"
          placeholder={i18n.t('paste.placeholder')}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
      </label>
      {/* Always there, so screen readers announce the hint when it appears. */}
      <p class="muted" role="status">
        {hint}
      </p>
      <div class="actions">
        <button type="button" class="secondary" onClick={paste}>
          {i18n.t('paste.paste')}
        </button>
        <button type="submit" disabled={!code.trim()}>
          {i18n.t('paste.fill')}
        </button>
      </div>
    </form>
  );
}
