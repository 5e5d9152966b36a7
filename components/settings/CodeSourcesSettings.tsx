import { i18n } from '@/lib/i18n';
import type { CodeSource } from '@/lib/sent-codes/sources';

interface Props {
  sources: readonly CodeSource[];
  on: string[];
  onChange: (id: string, on: boolean) => void;
  fillAtOnce: boolean;
  onFillAtOnce: (on: boolean) => void;
}

/** Which webmail and messaging sites codes may be read from: each off until the person says so. */
export function CodeSourcesSettings({ sources, on, onChange, fillAtOnce, onFillAtOnce }: Props) {
  return (
    <div data-testid="code-sources">
      <p class="muted">{i18n.t('sentCode.sourcesHelp')}</p>
      {sources.map((source) => (
        <label class="check" key={source.id}>
          <input
            type="checkbox"
            checked={on.includes(source.id)}
            onChange={(e) => onChange(source.id, e.currentTarget.checked)}
          />
          {i18n.t('sentCode.sourceOn', [source.name, source.matches[0]!.replace(/^https:\/\/|\/\*$/g, '')])}
        </label>
      ))}
      <label class="check">
        <input
          type="checkbox"
          checked={fillAtOnce}
          disabled={on.length === 0}
          onChange={(e) => onFillAtOnce(e.currentTarget.checked)}
        />
        {i18n.t('sentCode.fillAtOnce')}
      </label>
    </div>
  );
}
