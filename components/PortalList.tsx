import type { Delivery, Portal } from '@/lib/portals';

const DELIVERY_WORDS: Record<Delivery, string> = {
  email: 'email',
  sms: 'text message',
  voice: 'voice call',
  authenticator: 'authenticator app',
};

/** The portals the extension knows, and how each sends its code. */
export function PortalList({ portals }: { portals: readonly Portal[] }) {
  return (
    <table data-testid="portal-list">
      <thead>
        <tr><th>Portal</th><th>Code arrives by</th><th>Address</th></tr>
      </thead>
      <tbody>
        {portals.map((p) => (
          <tr key={p.id}>
            <td>{p.name}</td>
            <td>{p.deliveries.map((d) => DELIVERY_WORDS[d]).join(' or ')}</td>
            <td>{p.hosts[0]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
