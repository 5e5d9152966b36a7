import { PortalList } from '@/components/PortalList';
import { PORTALS } from '@/lib/portals';

export function App() {
  return (
    <main class="page">
      <h1>Second Factor Companion settings</h1>
      <h2>Practice portals</h2>
      <PortalList portals={PORTALS} />
    </main>
  );
}
