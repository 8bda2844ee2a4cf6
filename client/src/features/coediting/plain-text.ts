import { diffWordsWithSpace } from 'diff';
import * as Y from 'yjs';

/** The fragment Tiptap's Collaboration extension edits; the server reads the same one. */
export const FRAGMENT = 'default';

function inlineText(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) {
    return node
      .toDelta()
      .map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
      .join('');
  }
  if (node instanceof Y.XmlElement) return node.toArray().map(inlineText).join('');
  return '';
}

/** The document's plain text, one line per paragraph, as the server keeps it on the record. */
export function plainText(doc: Y.Doc) {
  return doc.getXmlFragment(FRAGMENT).toArray().map(inlineText).join('\n');
}

export type DiffChange = 'SAME' | 'ADDED' | 'REMOVED';

/** A word-level diff, spaces included, so each side reads back exactly. */
export function wordDiff(from: string, to: string): { change: DiffChange; text: string }[] {
  return diffWordsWithSpace(from, to).map((part) => ({
    change: part.added ? 'ADDED' : part.removed ? 'REMOVED' : 'SAME',
    text: part.value,
  }));
}

export const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

export function toBase64(bytes: Uint8Array) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
