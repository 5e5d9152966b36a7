import { render } from 'preact';
import { CodeList } from '../components/CodeList';
import { generateCode, msUntilNextCode, type OtpAccount } from '../lib/otp';
import type { AccountSummary } from '../lib/messaging/types';

// Bundled by bench/popup-render.ts and run inside Chromium: the popup's list as the popup
// renders it, against the least a list can cost (one text item per account).
declare global {
  interface Window {
    renderCodeList(accounts: OtpAccount[]): number;
    renderBaselineList(accounts: OtpAccount[]): number;
  }
}

function fresh(): HTMLElement {
  const root = document.createElement('ul');
  document.body.replaceChildren(root);
  return root;
}

/** Milliseconds from "the vault answered" to the rows laid out. */
window.renderCodeList = (accounts) => {
  const start = performance.now();
  const now = Date.now();
  const items: AccountSummary[] = accounts.map((a, i) => ({
    id: String(i),
    issuer: a.issuer,
    account: a.account,
    kind: a.kind,
    digits: a.digits,
    period: a.period,
    code: generateCode(a, now),
    nextCode: generateCode(a, now + msUntilNextCode(a.period, now)),
    msLeft: msUntilNextCode(a.period, now),
    bindings: [],
    forThisSite: false,
    recoveryLeft: null,
  }));
  render(
    <CodeList
      items={items}
      msLeft={(item) => item.msLeft}
      codeOf={(item) => item.code}
      copiedId={null}
      onCopy={() => undefined}
      onNext={() => undefined}
    />,
    fresh(),
  );
  void document.body.offsetHeight; // force layout, as the first paint must
  return performance.now() - start;
};

window.renderBaselineList = (accounts) => {
  const start = performance.now();
  const root = fresh();
  for (const a of accounts) {
    const li = document.createElement('li');
    li.textContent = `${a.issuer} ${a.account}`;
    root.append(li);
  }
  void document.body.offsetHeight;
  return performance.now() - start;
};
