import { createHash } from 'node:crypto';
import { AppError, notFound } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import { assertPlan, getPlanItem, type ItemType } from '../departments/plan-items.ts';
import { officeKind } from '../zip-entries.ts';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const TYPES: Record<string, { mediaType: string; magic: number[] }> = {
  pdf: { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  jpg: { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  jpeg: { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  png: { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: [0x50, 0x4b, 3, 4],
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: [0x50, 0x4b, 3, 4],
  },
};

export interface AttachmentView {
  id: number;
  itemType: string;
  itemId: number;
  progressReportId: number | null;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  createdAt: string;
  createdBy: string | null;
}

/**
 * The type an evidence file really is: its extension must be allowed and its first bytes must
 * agree (a renamed .exe is not a .pdf).
 */
export function checkAttachment(filename: string, bytes: Uint8Array): { mediaType: string } {
  if (bytes.byteLength === 0) throw new AppError('VALIDATION_FAILED', '附件为空 (empty file)');
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', `附件超过 10 MB (attachment over 10 MB): ${filename}`);
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  const type = TYPES[ext];
  if (!type)
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `仅支持 pdf/jpg/png/docx/xlsx (unsupported type): ${filename}`,
    );
  const mismatch = () =>
    new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `文件内容与扩展名 .${ext} 不符 (content does not match the extension)`,
      {
        field: 'file',
        filename,
      },
    );
  if (!type.magic.every((b, i) => bytes[i] === b)) throw mismatch();
  // docx and xlsx are both ZIPs: their parts tell them apart (a workbook renamed .docx is not a document).
  if ((ext === 'docx' || ext === 'xlsx') && officeKind(bytes) !== ext) throw mismatch();
  return { mediaType: type.mediaType };
}

export async function addAttachment(
  store: Store,
  input: {
    planId: number;
    itemType: ItemType;
    itemId: number;
    progressReportId?: number | null;
    filename: string;
    bytes: Uint8Array;
    by?: string | null;
  },
): Promise<AttachmentView> {
  const { mediaType } = checkAttachment(input.filename, input.bytes);
  await getPlanItem(store, input.planId, input.itemType, input.itemId);
  if (input.progressReportId != null) {
    const report = await store.db
      .selectFrom('progress_reports')
      .select(['item_type', 'item_id'])
      .where('id', '=', input.progressReportId)
      .where('plan_id', '=', input.planId)
      .executeTakeFirst();
    if (!report) throw notFound('进展报告 (progress report)', input.progressReportId);
    if (report.item_type !== input.itemType || report.item_id !== input.itemId)
      throw new AppError(
        'VALIDATION_FAILED',
        `进展报告 ${input.progressReportId} 不属于该条目 (the progress report is about another item)`,
        { field: 'progressReportId', value: input.progressReportId },
      );
  }
  const row = await store.db
    .insertInto('attachments')
    .values({
      plan_id: input.planId,
      item_type: input.itemType,
      item_id: input.itemId,
      progress_report_id: input.progressReportId ?? null,
      filename: input.filename,
      media_type: mediaType,
      size: input.bytes.byteLength,
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
      content: Buffer.from(input.bytes),
      created_at: new Date().toISOString(),
      created_by: input.by ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await listAttachments(store, { planId: input.planId, id: row.id }))[0];
}

export async function listAttachments(
  store: Store,
  input: { planId: number; itemType?: string; itemId?: number; id?: number },
): Promise<AttachmentView[]> {
  await assertPlan(store, input.planId);
  let q = store.db
    .selectFrom('attachments')
    .select([
      'id',
      'item_type',
      'item_id',
      'progress_report_id',
      'filename',
      'media_type',
      'size',
      'sha256',
      'created_at',
      'created_by',
    ])
    .where('plan_id', '=', input.planId);
  if (input.itemType) q = q.where('item_type', '=', input.itemType);
  if (input.itemId !== undefined) q = q.where('item_id', '=', input.itemId);
  if (input.id !== undefined) q = q.where('id', '=', input.id);
  return (await q.orderBy('id').execute()).map((r) => ({
    id: r.id,
    itemType: r.item_type,
    itemId: r.item_id,
    progressReportId: r.progress_report_id,
    filename: r.filename,
    mediaType: r.media_type,
    size: r.size,
    sha256: r.sha256,
    createdAt: r.created_at,
    createdBy: r.created_by,
  }));
}

export async function getAttachmentContent(
  store: Store,
  planId: number,
  id: number,
): Promise<{ filename: string; mediaType: string; content: Buffer }> {
  const row = await store.db
    .selectFrom('attachments')
    .select(['filename', 'media_type', 'content'])
    .where('id', '=', id)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  if (!row) throw notFound('附件 (attachment)', id);
  return { filename: row.filename, mediaType: row.media_type, content: Buffer.from(row.content) };
}
