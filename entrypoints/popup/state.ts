import { computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { AddRequest } from '@/components/AddAccountForm';
import type { TabStatus } from '@/lib/detect/types';
import { send } from '@/lib/messaging/send';
import type { AccountList, VaultStatus } from '@/lib/messaging/protocol';
import { PORTALS } from '@/lib/portals';
import type { AccountSummary } from '@/lib/vault/summary';
import type { ScanReport } from '@/lib/enroll/preview';

/** The tab the popup speaks about: ?tab=<id> when opened as a page (tests), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function createPopupState() {
  const vault = signal<VaultStatus | null>(null);
  const list = signal<AccountList | null>(null);
  const fetchedAt = signal(0);
  const now = signal(Date.now());
  const tab = signal<TabStatus | null>(null);
  const tabId = signal<number | undefined>(undefined);
  const query = signal('');
  const error = signal<string | null>(null);
  const notice = signal<string | null>(null);
  const busy = signal(false);
  const adding = signal(false);
  const copiedId = signal<string | null>(null);
  const scan = signal<ScanReport | null>(null);
  const incognitoBlocked = signal(false);
  const addedIndex = signal<number | null>(null);
  const addedId = signal<string | null>(null);

  const portalName = computed(() => PORTALS.find((p) => p.id === tab.value?.portalId)?.name ?? null);
  const visible = computed(() => {
    const q = query.value.trim().toLowerCase();
    const all = list.value?.accounts ?? [];
    return q ? all.filter((a) => `${a.issuer} ${a.account}`.toLowerCase().includes(q)) : all;
  });
  const canFill = computed(() => tab.value?.kind === 'challenge' || tab.value?.kind === 'enrollment');
  /** Where a code the portal sends arrives, when this page is waiting for one. */
  const sentCodeSource = computed(() => {
    const t = tab.value;
    if (t?.kind !== 'challenge') return null;
    // An authenticator account for this site fills the code itself: no pasting needed.
    if (list.value?.accounts.some((a) => a.forThisSite)) return null;
    const sent = t.deliveries.filter((d) => d !== 'authenticator');
    if (sent.length === 0) return null;
    return sent.map((d) => (d === 'email' ? 'your email' : d === 'sms' ? 'a text message' : 'a phone call')).join(' or ');
  });
  const siteHost = computed(() => (list.value?.tabOrigin ? new URL(list.value.tabOrigin).host : null));

  function msLeft(item: AccountSummary): number | null {
    return item.msLeft === null ? null : item.msLeft - (now.value - fetchedAt.value);
  }

  async function act(work: () => Promise<void>) {
    busy.value = true;
    error.value = null;
    try {
      await work();
    } catch (e) {
      error.value = (e as Error).message;
    } finally {
      busy.value = false;
    }
  }

  async function refresh() {
    vault.value = await send('vault.status', {});
    if (!vault.value.unlocked) {
      list.value = null;
      return;
    }
    list.value = await send('accounts.list', { tabId: tabId.value });
    if (tabId.value !== undefined && !scan.value) scan.value = await send('qr.pending', { tabId: tabId.value });
    fetchedAt.value = Date.now();
    now.value = fetchedAt.value;
  }

  // Codes change on the period boundary: fetch new ones when any shown code runs out.
  setInterval(() => {
    now.value = Date.now();
    if (list.value?.accounts.some((a) => (msLeft(a) ?? 1) <= 0)) void refresh().catch(() => undefined);
  }, 250);

  void browser.extension.isAllowedIncognitoAccess().then((allowed) => (incognitoBlocked.value = !allowed));
  void act(async () => {
    tabId.value = await targetTabId();
    if (tabId.value !== undefined) tab.value = await send('tab.status', { tabId: tabId.value });
    await refresh();
  });

  return {
    vault, list, tab, query, error, notice, busy, adding, copiedId, portalName, visible, siteHost, msLeft, canFill, sentCodeSource, scan, addedIndex, addedId, incognitoBlocked,
    create: (passphrase: string) => act(async () => { await send('vault.create', { passphrase }); await refresh(); }),
    unlock: (passphrase: string) => act(async () => { await send('vault.unlock', { passphrase }); await refresh(); }),
    lock: () => act(async () => { await send('vault.lock', {}); await refresh(); }),
    add: (request: AddRequest, bindToSite: boolean) => act(async () => {
      const result = await send('accounts.add', { ...request, bindToTab: bindToSite ? tabId.value : undefined });
      notice.value = result.duplicate ? 'That account is already in your vault.' : 'Account added.';
      adding.value = false;
      await refresh();
    }),
    fill: (item: { id: string }) => act(async () => {
      const outcome = await send('fill.trigger', { tabId: tabId.value!, accountId: item.id });
      if (outcome.filled) notice.value = outcome.message;
      else error.value = outcome.message;
      tab.value = await send('tab.status', { tabId: tabId.value! });
    }),
    scanPage: () => act(async () => {
      addedIndex.value = null;
      scan.value = await send('qr.scanTab', { tabId: tabId.value! });
    }),
    scanPicture: (file: File) => act(async () => {
      if (file.size > 10 * 1024 * 1024) throw new Error('That picture is too large (over 10 MB).');
      const dataUrl = await new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(new Error('That file could not be read.'));
        reader.readAsDataURL(file);
      });
      addedIndex.value = null;
      scan.value = await send('qr.scanImage', { dataUrl, tabId: tabId.value });
    }),
    addFound: (index: number, replace: boolean) => act(async () => {
      const key = scan.value && tabId.value !== undefined ? tabId.value : -1;
      const result = await send('qr.add', { tabId: key, index, replace });
      if (result.duplicate && result.added === 0) {
        notice.value = 'That account is already in your vault.';
        return;
      }
      addedIndex.value = index;
      addedId.value = result.id;
      notice.value = result.id ? 'Account added.' : `Added ${result.added} account(s).`;
      await refresh();
      tab.value = await send('tab.status', { tabId: tabId.value! });
    }),
    selectArea: () => act(async () => {
      await send('qr.selectArea', { tabId: tabId.value! });
      window.close(); // out of the way, so the page can be drawn on
    }),
    dismissScan: () => act(async () => {
      scan.value = null;
      addedIndex.value = null;
      if (tabId.value !== undefined) await send('qr.dismiss', { tabId: tabId.value });
    }),
    fillTyped: (code: string) => act(async () => {
      const outcome = await send('fill.trigger', { tabId: tabId.value!, code });
      if (outcome.filled) notice.value = outcome.message;
      else error.value = outcome.message;
      tab.value = await send('tab.status', { tabId: tabId.value! });
    }),
    copy: (item: AccountSummary) => act(async () => {
      await navigator.clipboard.writeText(item.code);
      copiedId.value = item.id;
      await send('clipboard.copied', {}); // the background clears it in 30 s, popup open or not
    }),
  };
}

export type PopupState = ReturnType<typeof createPopupState>;
