import { i18n } from '@/lib/i18n';
import { useRef, useState } from 'preact/hooks';
import { Icon } from '../icons';

interface Props {
  onAdd: () => void;
  onScanPage: () => void;
  onSelectArea: () => void;
  onPicture: (file: File) => void;
  onLock: () => void;
}

/**
 * The popup's secondary tools, small and always in the same place. A picture is chosen from the
 * scan menu (or dropped, or pasted, anywhere on the popup): no file field takes room here.
 */
export function ToolRow({ onAdd, onScanPage, onSelectArea, onPicture, onLock }: Props) {
  const [menuOpen, setMenuOpen] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  function openMenu() {
    setMenuOpen(true);
    setTimeout(() => first.current?.focus());
  }
  function closeMenu(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    // Escape would otherwise close the whole popup (Chrome does): it closes the menu only.
    event.preventDefault();
    event.stopPropagation();
    setMenuOpen(false);
  }
  // A click or Tab anywhere else closes it, as menus do (focus leaves the scan buttons and menu).
  function closeWhenLeft(event: FocusEvent) {
    const group = event.currentTarget as HTMLElement;
    if (!group.contains(event.relatedTarget as Node | null)) setMenuOpen(false);
  }
  return (
    <nav class="tool-row" aria-label={i18n.t('popup.tools')}>
      <button class="tool" onClick={onAdd} title={i18n.t('popup.addTitle')}>
        <Icon name="add" />
        <span>{i18n.t('popup.add')}</span>
      </button>
      <span class="tool-group" onFocusOut={closeWhenLeft}>
        <button class="tool" onClick={onScanPage} title={i18n.t('popup.scanTitle')}>
          <Icon name="scan" />
          <span>{i18n.t('popup.scanPage')}</span>
        </button>
        <button
          class="tool more"
          aria-haspopup="menu"
          aria-expanded={menuOpen}
          aria-label={i18n.t('popup.moreScan')}
          title={i18n.t('popup.moreScan')}
          onClick={() => (menuOpen ? setMenuOpen(false) : openMenu())}
        >
          ▾
        </button>
        {menuOpen && (
          <div class="menu" role="menu" onKeyDown={closeMenu}>
            <button
              role="menuitem"
              ref={first}
              onClick={() => {
                setMenuOpen(false);
                file.current?.click();
              }}
            >
              {i18n.t('popup.choosePicture')}
            </button>
            <button
              role="menuitem"
              onClick={() => {
                setMenuOpen(false);
                onSelectArea();
              }}
            >
              {i18n.t('scan.selectArea')}
            </button>
          </div>
        )}
      </span>
      <a class="tool" href="/options.html" target="_blank" title={i18n.t('popup.settingsLink')}>
        <Icon name="settings" />
        <span>{i18n.t('popup.settings')}</span>
      </a>
      <button class="tool" onClick={onLock} title={i18n.t('popup.lockTitle')}>
        <Icon name="lock" />
        <span>{i18n.t('popup.lock')}</span>
      </button>
      {/* The browser's own file dialog, opened from the menu; never shown itself. */}
      <input
        ref={file}
        type="file"
        accept="image/*"
        hidden
        aria-label={i18n.t('popup.choosePicture')}
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          if (f) onPicture(f);
          e.currentTarget.value = '';
        }}
      />
    </nav>
  );
}
