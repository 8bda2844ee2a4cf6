/** The server's limit (server/src/evidence/evidence-types.ts): checked here first to spare a useless upload. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/** What the file picker offers: the types the server accepts. */
export const EVIDENCE_ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.csv,.txt';

export interface UploadedEvidence {
  id: string;
  filename: string;
  size: number;
}

export interface EvidenceUpload {
  done: Promise<UploadedEvidence>;
  abort(): void;
}

/**
 * Sends a file to POST /uploads/evidence as the raw body, its name in X-Filename (the custom
 * header is also what keeps other sites from uploading with the session cookie). XHR rather
 * than fetch: only XHR reports upload progress. Fails with the server's French message.
 */
export function uploadEvidence(file: File, onProgress: (fraction: number) => void, fallbackMessage: string): EvidenceUpload {
  const request = new XMLHttpRequest();
  const done = new Promise<UploadedEvidence>((resolve, reject) => {
    request.open('POST', '/uploads/evidence');
    request.setRequestHeader('x-filename', encodeURIComponent(file.name));
    if (file.type) request.setRequestHeader('content-type', file.type);
    request.responseType = 'json';
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      const body = request.response as (UploadedEvidence & { message?: string }) | null;
      if (request.status === 201 && body?.id) resolve(body);
      else reject(new Error(body?.message ?? fallbackMessage));
    };
    request.onerror = () => reject(new Error(fallbackMessage));
    request.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    request.send(file);
  });
  return { done, abort: () => request.abort() };
}

/** A size in words: « 350 ko », « 1,2 Mo » (« 350 kB », « 1.2 MB » in English). */
export function formatFileSize(bytes: number, locale: string) {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(megabytes);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)));
}
