/** A printable document, rendered both as Markdown and as PDF from the same blocks. */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export interface PrintableDocument {
  title: string;
  subtitle: string;
  blocks: Block[];
}

export function toMarkdown(document: PrintableDocument): string {
  const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const parts = [`# ${document.title}`, `_${document.subtitle}_`];
  for (const block of document.blocks) {
    if (block.kind === 'heading') parts.push(`## ${block.text}`);
    else if (block.kind === 'paragraph') parts.push(block.text);
    else if (block.kind === 'list') parts.push(block.items.map((item) => `- ${item}`).join('\n'));
    else {
      const row = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
      parts.push([row(block.header), row(block.header.map(() => '---')), ...block.rows.map(row)].join('\n'));
    }
  }
  return `${parts.join('\n\n')}\n`;
}
