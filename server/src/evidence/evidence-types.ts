/** The largest evidence file accepted: 10 MB. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/**
 * The media types accepted as evidence, each with the file extensions it may carry (the first
 * is added to a name without one of them). Documents, spreadsheets, slides, images, text:
 * nothing a browser would run (no HTML, no SVG).
 */
export const EVIDENCE_TYPES: Record<string, string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'application/msword': ['doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  // Windows browsers give this type to .csv files too.
  'application/vnd.ms-excel': ['xls', 'csv'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.ms-powerpoint': ['ppt'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'text/csv': ['csv'],
  'text/plain': ['txt'],
};

const extensionOf = (filename: string) => /\.([a-z0-9]+)$/i.exec(filename)?.[1].toLowerCase() ?? '';

/** The accepted type of an upload, from its declared type or, when the browser gave none, its extension; null if refused. */
export function evidenceType(declared: string | undefined, filename: string): string | null {
  const type = (declared ?? '').split(';')[0].trim().toLowerCase();
  if (type && type !== 'application/octet-stream') return EVIDENCE_TYPES[type] ? type : null;
  const extension = extensionOf(filename);
  const inferred = Object.entries(EVIDENCE_TYPES).find(([candidate, extensions]) => extensions.includes(extension) && candidate !== 'application/vnd.ms-excel');
  return inferred?.[0] ?? (extension === 'xls' ? 'application/vnd.ms-excel' : null);
}

/**
 * The name to store: the last path segment of what was sent, without control characters, at
 * most 200 characters, ending with an extension of its type (so a saved file opens as what it
 * was accepted as). Null when nothing usable is left.
 */
export function evidenceFilename(sent: string, type: string): string | null {
  const base = (sent.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  if (!base || base === '.' || base === '..') return null;
  const extensions = EVIDENCE_TYPES[type];
  return extensions.includes(extensionOf(base)) ? base : `${base}.${extensions[0]}`;
}
