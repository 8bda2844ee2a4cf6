import { createHash } from 'node:crypto';
import type { Express, Request, Response } from 'express';
import { authenticate } from '../auth/auth.service';
import { type AppServices, buildContext } from '../app/context';
import { isUuid } from '../app/lookup';
import { originAllowed } from '../app/websocket';
import { EvidenceFile } from './evidence-file.entity';
import { EVIDENCE_MAX_BYTES, evidenceFilename, evidenceType } from './evidence-types';

/** The header carrying the file's name (URI-encoded); being custom, it also makes browsers ask before a cross-site upload. */
export const FILENAME_HEADER = 'x-filename';

const refuse = (response: Response, status: number, message: string) => void response.status(status).json({ message });

/**
 * Evidence files: `POST /uploads/evidence` takes the raw file as the body (its type as
 * Content-Type, its name in X-Filename) from a signed-in person and answers `{ id, filename,
 * size }`; `GET /evidence/:id` gives it back to the readers of the plan whose report holds it
 * (and, until attached, to its uploader only).
 */
export function registerEvidenceRoutes(app: Express, services: AppServices) {
  app.post('/uploads/evidence', async (request, response) => {
    // Cookies ride along on cross-site requests: refuse foreign pages as the WebSocket upgrade does.
    if (!originAllowed(request.get('origin'), request, services.config)) return refuse(response, 403, 'Origine de la requête refusée.');
    const { viewer } = await authenticate(services, request);
    if (!viewer) return refuse(response, 401, 'Connectez-vous pour déposer une pièce justificative.');
    const sentName = request.get(FILENAME_HEADER);
    if (sentName === undefined) return refuse(response, 400, `Indiquez le nom du fichier (en-tête ${FILENAME_HEADER}).`);
    let decodedName: string;
    try {
      decodedName = decodeURIComponent(sentName);
    } catch {
      return refuse(response, 400, 'Le nom du fichier est illisible.');
    }
    const contentType = evidenceType(request.get('content-type'), decodedName);
    if (!contentType) {
      return refuse(response, 415, 'Type de fichier refusé : PDF, image (PNG, JPEG, GIF, WebP), document bureautique, CSV ou texte seulement.');
    }
    const filename = evidenceFilename(decodedName, contentType);
    if (!filename) return refuse(response, 400, 'Le nom du fichier est vide.');
    const tooLarge = () => refuse(response, 413, 'Fichier trop volumineux : 10 Mo au plus.');
    if (Number(request.get('content-length') ?? 0) > EVIDENCE_MAX_BYTES) return tooLarge();
    const content = await readBody(request, EVIDENCE_MAX_BYTES);
    if (content === 'too large') return tooLarge();
    if (!content) return;
    if (content.length === 0) return refuse(response, 400, 'Le fichier est vide.');
    const sha256 = createHash('sha256').update(content).digest('hex');
    const saved = await services.dataSource
      .getRepository(EvidenceFile)
      .save({ content, filename, contentType, size: content.length, sha256, uploadedBy: viewer.id });
    response.status(201).json({ id: saved.id, filename, size: content.length });
  });

  app.get('/evidence/:id', async (request, response) => {
    const auth = await authenticate(services, request);
    if (!auth.viewer) return void response.status(401).type('text').send('Connectez-vous pour télécharger cette pièce justificative.');
    const [file]: { filename: string; content_type: string; uploaded_by: string | null; plan_id: string | null }[] = isUuid(request.params.id)
      ? await services.dataSource.query(
          `SELECT f.filename, f.content_type, f.uploaded_by, c.plan_id
             FROM evidence_files f
             LEFT JOIN progress_updates p ON p.evidence_file_id = f.id
             LEFT JOIN commitments c ON c.id = p.commitment_id
            WHERE f.id = $1`,
          [request.params.id],
        )
      : [];
    const unknown = () => void response.status(404).type('text').send('Pièce justificative introuvable.');
    if (!file) return unknown();
    if (file.plan_id === null) {
      if (file.uploaded_by !== auth.viewer.id) return unknown();
    } else {
      const context = buildContext(services, auth, { cookies: null, clientAddress: request.ip ?? 'unknown', userAgent: null });
      if (!(await context.access.canReadPlan(file.plan_id))) {
        return void response.status(403).type('text').send("Cette pièce justificative appartient à un plan que vous ne suivez pas.");
      }
    }
    const [{ content }]: { content: Buffer }[] = await services.dataSource.query('SELECT content FROM evidence_files WHERE id = $1', [request.params.id]);
    response.set({
      'content-type': file.content_type,
      'content-disposition': contentDisposition(file.filename),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, no-cache',
    });
    response.send(content);
  });
}

/** The body up to `limit` bytes; past it, the rest is read and dropped (up to twice the limit, then the connection is cut). */
async function readBody(request: Request, limit: number): Promise<Buffer | 'too large' | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
    else if (size > 2 * limit) {
      request.destroy();
      return null;
    }
  }
  return size > limit ? 'too large' : Buffer.concat(chunks);
}

/** `attachment` with an ASCII fallback name and the exact one in RFC 5987 form. */
function contentDisposition(filename: string) {
  const fallback = filename.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '_') || 'piece-justificative';
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
