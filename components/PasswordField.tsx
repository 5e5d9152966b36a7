interface Props {
  /** What the person reads beside the field (also its accessible name). */
  label: string;
  value: string;
  onValue: (value: string) => void;
  autocomplete: 'current-password' | 'new-password' | 'off';
  autoFocus?: boolean;
  /** Marks the field as not matching, with the id of the line that says why. */
  invalid?: { describedBy: string; when: boolean };
}

/** A labelled passphrase field: the one shape every passphrase form uses. */
export function PasswordField({ label, value, onValue, autocomplete, autoFocus, invalid }: Props) {
  return (
    <label>
      {label}
      <input
        type="password"
        value={value}
        autoFocus={autoFocus}
        autocomplete={autocomplete}
        aria-invalid={invalid?.when}
        aria-describedby={invalid?.describedBy}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
    </label>
  );
}
