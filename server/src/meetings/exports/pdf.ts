import PDFDocument from 'pdfkit';
import type { PrintableDocument } from './document';

const MARGIN = 56;

/** Renders a document as an A4 PDF with PDFKit's standard fonts (they cover French). */
export function toPdf(document: PrintableDocument): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: document.title, Creator: 'Trame' }, lang: 'fr-FR', displayTitle: true });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  const width = pdf.page.width - 2 * MARGIN;

  pdf.font('Helvetica-Bold').fontSize(18).fillColor('#12324d').text(document.title, { width });
  pdf.moveDown(0.3).font('Helvetica-Oblique').fontSize(10).fillColor('#444444').text(document.subtitle, { width });
  for (const block of document.blocks) {
    if (block.kind === 'heading') {
      pdf.moveDown(1).font('Helvetica-Bold').fontSize(13).fillColor('#12324d').text(block.text, { width });
    } else if (block.kind === 'paragraph') {
      pdf.moveDown(0.5).font('Helvetica').fontSize(10.5).fillColor('#111111').text(block.text, { width });
    } else if (block.kind === 'list') {
      pdf.moveDown(0.5).font('Helvetica').fontSize(10.5).fillColor('#111111').list(block.items, { width, bulletRadius: 1.8 });
    } else {
      pdf.moveDown(0.5).fontSize(9.5).fillColor('#111111');
      const columnWidth = width / block.header.length;
      const row = (cells: string[], font: string) => {
        const top = pdf.y;
        pdf.font(font);
        const heights = cells.map((cell) => pdf.heightOfString(cell, { width: columnWidth - 6 }));
        if (top + Math.max(...heights) > pdf.page.height - MARGIN) pdf.addPage();
        const y = pdf.y;
        cells.forEach((cell, index) => pdf.text(cell, MARGIN + index * columnWidth, y, { width: columnWidth - 6 }));
        pdf.x = MARGIN;
        pdf.y = y + Math.max(...heights) + 4;
      };
      row(block.header, 'Helvetica-Bold');
      for (const cells of block.rows) row(cells, 'Helvetica');
    }
  }
  pdf.end();
  return done;
}
