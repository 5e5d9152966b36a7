/** Shown when the browser keeps the extension out of private windows. */
export function PrivateWindowHelp() {
  return (
    <details class="muted" data-testid="incognito-help">
      <summary>Not available in private windows</summary>
      <p>
        To fill codes in private (incognito) windows too: open the browser's Extensions page, choose Details
        under Second Factor Companion, and turn on "Allow in Incognito" (Chrome) or "Run in Private Windows"
        (Firefox).
      </p>
    </details>
  );
}
