import { i18n } from '@/lib/i18n';

import { useState } from 'preact/hooks';
import type { ImportPreview } from '@/lib/messaging/types';

interface Props {
  /** The exports it can read, named for a person. */
  formats: string;
  preview: ImportPreview | null;
  onPreview: (text: string) => void;
  onCommit: () => void;
  onCancel: () => void;
}

/** Paste or choose an export; nothing is written until the preview is confirmed. */
export function ImportPanel({ formats, preview, onPreview, onCommit, onCancel }: Props) {
  const [text, setText] = useState('');
  async function pick(file: File | undefined) {
    if (file) onPreview(await file.text());
  }
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
          <ul class="error">
            {preview.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
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
        onPreview(text);
      }}
    >
      <label>
        {i18n.t('importForm.file', [formats])}
        <input
          type="file"
          accept=".json,.txt,application/json,text/plain"
          onChange={(e) => pick(e.currentTarget.files?.[0])}
        />
      </label>
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
