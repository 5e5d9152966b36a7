import type { TabStatus } from '@/lib/detect/types';

interface Props {
  portalName: string | null;
  status: TabStatus | null;
}

/** One line about the page the person is on. */
export function SiteSummary({ portalName, status }: Props) {
  if (!status) return <p class="muted">Looking at this page…</p>;
  if (!portalName) return <p class="muted" data-testid="site-summary">This page is not one of your practice portals.</p>;
  return (
    <p data-testid="site-summary">
      You are on <strong>{portalName}</strong>.
    </p>
  );
}
