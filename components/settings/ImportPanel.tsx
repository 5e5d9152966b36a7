import { i18n } from '@/lib/i18n';
import { useState } from 'preact/hooks';
import type { ImportInput, ImportPreview } from '@/lib/messaging/types';
import { PasswordField } from '../PasswordField';

interface Props {
  /** The exports it can read, named for a person. */
  formats: string;
  preview: (ImportPreview & { input: ImportInput }) | null;
  onPreview: (input: ImportInput) => void;
  onCommit: () => void;
  onCancel: () => void;
}

/** A file's bytes as base64 (the browser's own encoder), to carry them to the background. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/** An encrypted export: its own password, then the same preview. */
function PasswordStep({
  preview,
  onPreview,
  onCancel,
}: Pick<Props, 'onPreview' | 'onCancel'> & { preview: NonNullable<Props['preview']> }) {
  const [password, setPassword] = useState('');
  return (
    <form
      data-testid="import-password"
      onSubmit={(e) => {
        e.preventDefault();
        onPreview({ ...preview.input, password });
      }}
    >
      <p>{preview.problems[0]}</p>
      <PasswordField
        label={i18n.t('importForm.password')}
        value={password}
        onValue={setPassword}
        autocomplete="off"
        autoFocus
      />
      <div class="actions">
        <button type="submit" disabled={!password}>
          {i18n.t('importForm.open')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {i18n.t('importForm.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Paste or choose an export; nothing is written until the preview is confirmed. */
export function ImportPanel({ formats, preview, onPreview, onCommit, onCancel }: Props) {
  const [text, setText] = useState('');
  async function pick(file: File | undefined) {
    // Bytes, not text: some exports (andOTP, Authenticator Pro) are binary when encrypted.
    if (file) onPreview({ bytes: await readAsBase64(file) });
  }
  if (preview?.needsPassword)
    return <PasswordStep preview={preview} onPreview={onPreview} onCancel={onCancel} />;
  if (preview) {
    const fresh = preview.rows.filter((r) => !r.duplicate).length;
    return (
      <div data-testid="import-preview">
        <p>{i18n.t('importForm.from', preview.rows.length, [preview.rows.length, preview.source, fresh])}</p>
        <table>
          <thead>
            <tr>
              <th>{i18n.t('importForm.service')}</th>
              <th>{i18n.t('importForm.account')}</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r, i) => (
              <tr key={i}>
                <td>{r.issuer}</td>
                <td>{r.account}</td>
                <td>{r.duplicate ? i18n.t('importForm.skipped') : i18n.t('importForm.new')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {preview.problems.length > 0 && (
          <>
            <p>{i18n.t('importForm.leftOut', preview.problems.length)}</p>
            <ul class="error">
              {preview.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </>
        )}
        <div class="actions">
          <button onClick={onCommit} disabled={fresh === 0}>
            {i18n.t('importForm.import', fresh)}
          </button>
          <button class="secondary" onClick={onCancel}>
            {i18n.t('importForm.cancel')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onPreview({ text });
      }}
    >
      <label>
        {i18n.t('importForm.file')}
        <input type="file" onChange={(e) => pick(e.currentTarget.files?.[0])} />
      </label>
      {/* The field says what it is for in one line; the long list of apps is one click away. */}
      <details class="muted" data-testid="import-formats">
        <summary>{i18n.t('importForm.formats')}</summary>
        <p>{formats}</p>
      </details>
      <label>
        {i18n.t('importForm.paste')}
        <textarea rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} spellcheck={false} />
      </label>
      <button type="submit" disabled={!text.trim()}>
        {i18n.t('importForm.preview')}
      </button>
    </form>
  );
}
