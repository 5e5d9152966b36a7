// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { watchChosenField } from './chosen-field';

// happy-dom lays nothing out: every element counts as shown here.
HTMLElement.prototype.getClientRects = () => [{}] as unknown as DOMRectList;

function page(html: string) {
  document.body.innerHTML = html;
  vi.spyOn(document, 'hasFocus').mockReturnValue(true);
  return watchChosenField(document);
}
const rightClick = (el: Element) => {
  const event = new MouseEvent('contextmenu', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
};

describe('the field a person pointed at', () => {
  it('is the one right-clicked, before the one with the keyboard', () => {
    const chosen = page('<input id="a"><input id="b">');
    (document.getElementById('b') as HTMLInputElement).focus();
    rightClick(document.getElementById('a')!);
    expect(chosen.field()?.id).toBe('a');
  });

  it('is the focused field when nothing was right-clicked', () => {
    const chosen = page('<input id="a" type="tel">');
    (document.getElementById('a') as HTMLInputElement).focus();
    expect(chosen.field()?.id).toBe('a');
  });

  it('is never a password, read-only or disabled field, nor a right-click a page faked', () => {
    const chosen = page(
      '<input id="p" type="password"><input id="r" readonly><input id="d" disabled><input id="x">',
    );
    for (const id of ['p', 'r', 'd']) {
      rightClick(document.getElementById(id)!);
      expect(chosen.field()).toBeNull();
    }
    document.getElementById('x')!.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));
    expect(chosen.field()).toBeNull();
  });

  it('forgets a right-click after a minute', () => {
    vi.useFakeTimers();
    const chosen = page('<input id="a">');
    rightClick(document.getElementById('a')!);
    vi.advanceTimersByTime(61_000);
    expect(chosen.field()).toBeNull();
    vi.useRealTimers();
  });
});
