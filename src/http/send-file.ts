import type { FastifyReply } from 'fastify';

/** Sends bytes as a download under `filename` (UTF-8 names, 任务分工方案.docx, survive every browser). */
export function sendFile(reply: FastifyReply, mediaType: string, filename: string, bytes: Uint8Array) {
  return reply
    .type(mediaType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`)
    .send(bytes);
}
