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

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A standalone page to print from the browser, with a print stylesheet. */
export function toHtml(document: PrintableDocument): string {
  const body = document.blocks
    .map((block) => {
      if (block.kind === 'heading') return `<h2>${escapeHtml(block.text)}</h2>`;
      if (block.kind === 'paragraph') return `<p>${escapeHtml(block.text)}</p>`;
      if (block.kind === 'list') return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
      const cells = (row: string[], tag: string) => `<tr>${row.map((cell) => `<${tag}>${escapeHtml(cell)}</${tag}>`).join('')}</tr>`;
      return `<table><thead>${cells(block.header, 'th')}</thead><tbody>${block.rows.map((row) => cells(row, 'td')).join('')}</tbody></table>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>${escapeHtml(document.title)}</title>
<style>
  body { font: 11pt/1.45 system-ui, sans-serif; color: #111; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { color: #12324d; font-size: 1.6rem; margin-bottom: 0.2rem; }
  h2 { color: #12324d; font-size: 1.15rem; margin-top: 1.6rem; }
  .subtitle { font-style: italic; color: #444; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border-bottom: 1px solid #ccc; padding: 0.3rem 0.4rem; text-align: left; vertical-align: top; }
  .print { margin: 1rem 0; }
  @media print { .print { display: none; } body { margin: 0; } }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(document.title)}</h1>
<p class="subtitle">${escapeHtml(document.subtitle)}</p>
<p class="print"><button type="button" onclick="window.print()">Imprimer</button></p>
${body}
</main>
</body>
</html>
`;
}
