import type { PortalOverview } from '@/lib/messaging/types';

const day = (ms: number) => new Date(ms).toLocaleDateString();
const WORDS = {
  email: 'email',
  sms: 'text message',
  voice: 'voice call',
  authenticator: 'authenticator app',
} as const;

function recognitionText(r: PortalOverview['recognition']): string {
  if (r.state === 'recognized') return `Remembered until ${day(r.until)}`;
  if (r.state === 'lost') return `Not remembered: its cookie was ${r.how} on ${day(r.at)}`;
  return 'Not remembered: a code will be asked for';
}

/** Per portal: is this browser remembered, by which cookies, and how old is the password. */
export function TrustTable({ rows, now }: { rows: PortalOverview[]; now: number }) {
  return (
    <table data-testid="trust-table">
      <thead>
        <tr>
          <th>Portal</th>
          <th>This browser</th>
          <th>Remembered by cookies</th>
          <th>Password changed</th>
          <th>Codes come by</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-portal={r.id}>
            <td>{r.name}</td>
            <td>{recognitionText(r.recognition)}</td>
            <td>
              {r.cookies.length
                ? r.cookies.map((c) => `${c.name} (until ${day(c.expiresAt)})`).join(', ')
                : 'not learned yet'}
            </td>
            <td>
              {r.passwordChangedAt
                ? `${Math.floor((now - r.passwordChangedAt) / 86_400_000)} days ago`
                : 'not seen'}
            </td>
            <td>{r.deliveries.map((d) => WORDS[d]).join(' or ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
