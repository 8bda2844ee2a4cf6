import { diffArrays, diffChars } from 'diff';
import * as Y from 'yjs';

/** The Y.XmlFragment Tiptap's Collaboration extension edits. */
export const FRAGMENT = 'default';
/** The only block the editor's schema has: the text is paragraphs, one per line of plain text. */
const PARAGRAPH = 'paragraph';

export const fragmentOf = (doc: Y.Doc) => doc.getXmlFragment(FRAGMENT);

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

/** The plain text: one line per paragraph. */
export function plainText(doc: Y.Doc): string {
  return fragmentOf(doc).toArray().map(inlineText).join('\n');
}

/** Line breaks as the document has them: a paragraph per line, whatever the record's line endings. */
export const normalizedText = (text: string) => text.replace(/\r\n?/g, '\n');
const linesOf = (text: string) => normalizedText(text).split('\n');

function paragraph(line: string) {
  const element = new Y.XmlElement(PARAGRAPH);
  if (line) element.insert(0, [new Y.XmlText(line)]);
  return element;
}

/** A new document holding this text, one paragraph per line. */
export function seededDoc(text: string): Y.Doc {
  const doc = new Y.Doc();
  fragmentOf(doc).insert(0, linesOf(text).map(paragraph));
  return doc;
}

/** Whether the document has only what the editor writes: paragraphs of text in the one fragment. */
export function isWellFormed(doc: Y.Doc): boolean {
  if ([...doc.share.keys()].some((name) => name !== FRAGMENT)) return false;
  return fragmentOf(doc)
    .toArray()
    .every((block) => block instanceof Y.XmlElement && block.nodeName === PARAGRAPH && block.toArray().every((child) => child instanceof Y.XmlText));
}

/** Edits one paragraph's text to `target` character by character, keeping what did not change (and the carets in it). */
function editParagraph(element: Y.XmlElement, current: string, target: string) {
  const children = element.toArray();
  if (children.length > 1 || (children.length === 1 && !(children[0] instanceof Y.XmlText))) {
    element.delete(0, element.length);
    if (target) element.insert(0, [new Y.XmlText(target)]);
    return;
  }
  let text = children[0] as Y.XmlText | undefined;
  if (!text) {
    if (!target) return;
    text = new Y.XmlText();
    element.insert(0, [text]);
  }
  let at = 0;
  for (const part of diffChars(current, target)) {
    if (part.added) {
      text.insert(at, part.value);
      at += part.value.length;
    } else if (part.removed) {
      text.delete(at, part.value.length);
    } else {
      at += part.value.length;
    }
  }
}

/**
 * Turns the document's text into `target` with the smallest edit found line by line, then
 * character by character inside changed lines: concurrent edits elsewhere are kept. Call it
 * inside a transaction.
 */
export function replaceText(doc: Y.Doc, target: string) {
  const fragment = fragmentOf(doc);
  const currentLines = fragment.toArray().map(inlineText);
  const targetLines = linesOf(target);
  let index = 0;
  const changes = diffArrays(currentLines, targetLines);
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    if (!change.added && !change.removed) {
      index += change.value.length;
    } else if (change.removed && changes[i + 1]?.added) {
      const added = changes[++i].value;
      const paired = Math.min(change.value.length, added.length);
      for (let k = 0; k < paired; k++) editParagraph(fragment.get(index + k) as Y.XmlElement, change.value[k], added[k]);
      index += paired;
      if (change.value.length > paired) fragment.delete(index, change.value.length - paired);
      if (added.length > paired) {
        fragment.insert(index, added.slice(paired).map(paragraph));
        index += added.length - paired;
      }
    } else if (change.removed) {
      fragment.delete(index, change.value.length);
    } else {
      fragment.insert(index, change.value.map(paragraph));
      index += change.value.length;
    }
  }
  // The editor needs at least one paragraph to put the caret in.
  if (fragment.length === 0) fragment.insert(0, [paragraph('')]);
}
