// Reading the computed CSS values that decide whether something is seen. Computed values come
// in the browser's canonical form (colours as rgb()/rgba(), lengths in px), so these stay small.

/** Splits a comma-separated list at its top level (commas inside rgb(...) stay). */
function topLevelParts(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(value.slice(start).trim());
  return parts.filter(Boolean);
}

/** The alpha of a computed colour: 0 for transparent, 1 for rgb(); unknown forms count as opaque. */
export function colorAlpha(color: string): number {
  const value = color.trim().toLowerCase();
  if (value === 'transparent' || value === '') return 0;
  const slash = /\/\s*([\d.]+)(%?)\s*\)$/.exec(value); // color(srgb 1 1 1 / 0.5), oklch(... / 50%)
  if (slash) return Number(slash[1]) / (slash[2] ? 100 : 1);
  const rgba = /^rgba\([^,]+,[^,]+,[^,]+,\s*([\d.]+)\s*\)$/.exec(value);
  if (rgba) return Number(rgba[1]);
  return 1;
}

/** How much a `filter` fades and blurs: its opacity() factors multiplied, its largest blur(). */
export function filterEffect(filter: string): { opacity: number; blurPx: number; dimmed: boolean } {
  let opacity = 1;
  let blurPx = 0;
  let dimmed = false;
  for (const [, name, arg] of filter.matchAll(/([a-z-]+)\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g)) {
    const amount = arg!.trim().endsWith('%') ? parseFloat(arg!) / 100 : parseFloat(arg!);
    if (name === 'opacity' && Number.isFinite(amount)) opacity *= amount;
    if (name === 'blur') blurPx = Math.max(blurPx, parseFloat(arg!) || 0);
    // Brightness or contrast near zero makes everything one flat colour.
    if ((name === 'brightness' || name === 'contrast') && amount < 0.3) dimmed = true;
    if (name === 'url') dimmed = true; // an SVG filter can do anything
  }
  return { opacity, blurPx, dimmed };
}

export interface Shadow {
  alpha: number;
  x: number;
  y: number;
  blur: number;
  spread: number;
  inset: boolean;
}

/** A computed box-shadow or text-shadow list ("rgba(0, 0, 0, 0.5) 0px 0px 0px 9999px, ..."). */
export function parseShadows(value: string): Shadow[] {
  if (!value || value === 'none') return [];
  return topLevelParts(value).map((part) => {
    const color = /(rgba?|hsla?|color|oklch|oklab|lab|lch|hwb)\([^)]*\)|transparent|#[0-9a-f]+/i.exec(part);
    const rest = color ? part.replace(color[0], ' ') : part;
    const lengths = [...rest.matchAll(/(-?[\d.]+)px/g)].map((m) => Number(m[1]));
    const [x = 0, y = 0, blur = 0, spread = 0] = lengths;
    return {
      alpha: color ? colorAlpha(color[0]) : 1,
      x,
      y,
      blur,
      spread,
      inset: /\binset\b/.test(part),
    };
  });
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const grow = (box: Box, by: number): Box => ({
  left: box.left - by,
  top: box.top - by,
  right: box.right + by,
  bottom: box.bottom + by,
});

export const contains = (box: Box, x: number, y: number): boolean =>
  x >= box.left && x < box.right && y >= box.top && y < box.bottom;
