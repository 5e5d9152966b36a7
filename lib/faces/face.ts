import { portalForUrl, type PortalId } from '@/lib/portals';
import type { SiteBinding } from '@/lib/sites/binding';

/**
 * What an account looks like in a list: the mark of the practice portal it fills on, or the
 * first letter of its name on a colour of its own. Nothing is fetched for it (a favicon request
 * would tell a server which portals a practice uses).
 */
export type Face =
  | { kind: 'portal'; portalId: PortalId; src: string }
  | { kind: 'initial'; letter: string; background: string };

interface Named {
  issuer: string;
  account: string;
  bindings: SiteBinding[];
}

/**
 * The portal mark comes from the sites the account fills on, never from its name: a name is
 * whatever a setup link or an import said, and a portal's mark beside an account that does not
 * fill there would promise what the extension will not do.
 */
export function faceFor({ issuer, account, bindings }: Named): Face {
  for (const binding of bindings) {
    const url = binding.kind === 'origin' ? binding.origin : `https://${binding.domain}`;
    const portal = portalForUrl(url);
    if (portal) return { kind: 'portal', portalId: portal.id, src: `/portals/${portal.id}.svg` };
  }
  const name = (issuer || account).trim();
  // The first letter as a person reads it (an accented or non-Latin letter stays whole).
  const first = name ? ([...new Intl.Segmenter().segment(name)][0]?.segment ?? '?') : '?';
  return { kind: 'initial', letter: first.toLocaleUpperCase(), background: colourFor(name.toLowerCase()) };
}

/** A stable hue from the name (FNV-1a): the same account has the same colour everywhere. */
function hueOf(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % 360;
}

/**
 * The colour for a name, dark enough that its white letter reads at 4.5:1 or better (WCAG AA
 * for text): yellows and greens need a darker shade than blues at the same lightness.
 */
export function colourFor(name: string): string {
  const hue = hueOf(name);
  for (let lightness = 42; lightness > 10; lightness -= 2) {
    if (contrastWithWhite(hslToRgb(hue, 0.55, lightness / 100)) >= 4.6)
      return `hsl(${hue} 55% ${lightness}%)`;
  }
  return `hsl(${hue} 55% 10%)`;
}

export function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [f(0), f(8), f(4)];
}

/** WCAG's contrast ratio of white text on this colour (channels 0–1). */
export function contrastWithWhite(rgb: [number, number, number]): number {
  const [r, g, b] = rgb.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05);
}
