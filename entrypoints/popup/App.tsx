import { SiteSummary } from '@/components/SiteSummary';
import type { PopupState } from './state';

export function App({ state }: { state: PopupState }) {
  return (
    <main class="popup">
      <h1>Second Factor Companion</h1>
      {state.error.value && <p role="alert" class="error">{state.error.value}</p>}
      <SiteSummary portalName={state.portalName()} status={state.tab.value} />
    </main>
  );
}
