/**
 * Replaces the clipboard's content with a single space, from a page without focus (Chrome's
 * offscreen document), where navigator.clipboard is refused but a copy command still works.
 */
export function overwriteClipboard(doc: Document): boolean {
  const area = doc.getElementById('clipboard') as HTMLTextAreaElement;
  area.value = ' ';
  area.select();
  return doc.execCommand('copy');
}
