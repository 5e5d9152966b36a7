import { i18n } from '@/lib/i18n';
import { signal } from '@preact/signals';
import type { ScanReport } from '@/lib/messaging/types';
import { send } from '@/lib/messaging/send';
import type { AccountsState } from './accounts';
import type { Feedback } from './feedback';
import type { TabState } from './tab';

const MAX_PICTURE_BYTES = 10 * 1024 * 1024;
/** Pictures given to the popup are scanned without a tab (the background's IMAGE_KEY). */
const NO_TAB = -1;

function readAsDataUrl(file: File): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error(i18n.t('popup.fileUnreadable')));
    reader.readAsDataURL(file);
  });
}

/** Adding accounts from QR codes: on the page, in a picture, or in a box drawn on the page. */
export function createScanState({ act, notice }: Feedback, tabs: TabState, accounts: AccountsState) {
  const scan = signal<ScanReport | null>(null);
  const addedIndex = signal<number | null>(null);
  const addedId = signal<string | null>(null);
  /** The last replacement, until undone or the next scan: the saved account it replaced. */
  const replaced = signal<{ addedId: string; replacedId: string } | null>(null);

  async function loadPending() {
    if (tabs.tabId.value !== undefined && !scan.value)
      scan.value = await send('qr.pending', { tabId: tabs.tabId.value });
  }

  return {
    scan,
    addedIndex,
    addedId,
    replaced,
    loadPending,
    scanPage: () =>
      act(async () => {
        addedIndex.value = null;
        notice.value = i18n.t('popup.scanning'); // said by the live region
        try {
          scan.value = await send('qr.scanTab', { tabId: tabs.tabId.value! });
        } finally {
          notice.value = null;
        }
      }),
    scanPicture: (file: File) =>
      act(async () => {
        if (file.size > MAX_PICTURE_BYTES) throw new Error(i18n.t('popup.pictureTooLarge'));
        addedIndex.value = null;
        notice.value = i18n.t('popup.readingPicture'); // a large screenshot takes a moment to decode
        try {
          const dataUrl = await readAsDataUrl(file);
          scan.value = await send('qr.scanImage', { dataUrl, tabId: tabs.tabId.value });
        } finally {
          notice.value = null;
        }
      }),
    addFound: (index: number, choice: { replaceId?: string; anyway?: boolean } = {}) =>
      act(async () => {
        const key = scan.value && tabs.tabId.value !== undefined ? tabs.tabId.value : NO_TAB;
        const result = await send('qr.add', { tabId: key, index, ...choice });
        if (result.duplicate && result.added === 0) {
          notice.value = i18n.t('popup.alreadyInVault');
          return;
        }
        addedIndex.value = index;
        addedId.value = result.id;
        replaced.value =
          result.id && result.replacedId ? { addedId: result.id, replacedId: result.replacedId } : null;
        notice.value = result.replacedId
          ? i18n.t('popup.replaced')
          : result.id
            ? i18n.t('popup.added')
            : i18n.t('popup.addedMany', result.added);
        await accounts.refresh();
        await tabs.reload();
      }),
    undoReplace: () =>
      act(async () => {
        await send('qr.undoReplace', replaced.value!);
        replaced.value = null;
        addedIndex.value = null;
        addedId.value = null;
        notice.value = i18n.t('popup.replaceUndone');

        await accounts.refresh();
      }),
    selectArea: () =>
      act(async () => {
        await send('qr.selectArea', { tabId: tabs.tabId.value! });
        window.close(); // out of the way, so the page can be drawn on
      }),
    dismissScan: () =>
      act(async () => {
        scan.value = null;
        addedIndex.value = null;
        if (tabs.tabId.value !== undefined) await send('qr.dismiss', { tabId: tabs.tabId.value });
      }),
  };
}
