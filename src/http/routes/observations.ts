import { createWriteStream, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { uploadLimitBytes } from '../../config/limits.ts';
import { AppError } from '../../errors/app-error.ts';
import { getSeriesHistory } from '../../services/collection/observations/get-series-history.ts';
import {
  type ImportOptions,
  type ImportProgress,
  type ImportResult,
  importObservations,
  recordObservations,
} from '../../services/collection/observations/import-observations.ts';
import { listObservations } from '../../services/collection/observations/list-observations.ts';
import { namingFields } from '../../services/validation.ts';
import { mapDatabaseError } from '../../store/database-errors.ts';
import { makeTempDir } from '../../store/temp-files.ts';
import { cleanFilename } from '../read-upload.ts';
import { collectionActor } from './collection-actor.ts';
import { errors, refuseBadParams } from './common.schema.ts';
import {
  historyParams,
  historyQuery,
  historyResponse,
  importResultSchema,
  importStream,
  observationBatch,
  observationsQuery,
  observationsResponse,
  planParams,
} from './observations.schema.ts';

/** A multipart upload goes to a temporary file first: a large file never sits in memory. */
async function importUpload(request: FastifyRequest, options: ImportOptions): Promise<ImportResult> {
  const dir = makeTempDir('upload');
  const limit = uploadLimitBytes();
  try {
    const path = join(dir, 'upload');
    let filename: string | null = null;
    try {
      const file = await request.file({ limits: { fileSize: limit, files: 1 } });
      if (!file) throw new AppError('BAD_REQUEST', '缺少上传文件 (multipart field "file" missing)');
      filename = cleanFilename(file.filename);
      await pipeline(file.file, createWriteStream(path));
      if (file.file.truncated)
        throw new AppError(
          'PAYLOAD_TOO_LARGE',
          `文件超过上传上限 ${Math.round(limit / 1024 / 1024)} MB (file too large; PLANWATCH_UPLOAD_LIMIT_MB)`,
          { limitBytes: limit },
        );
    } catch (error) {
      if (error instanceof AppError) throw error;
      // A cut-off or malformed multipart body is the client's error, not a crash.
      throw new AppError(
        'BAD_REQUEST',
        `无法读取上传内容 (malformed multipart body): ${(error as Error).message}`,
      );
    }
    return await importObservations(store(request), { path, filename }, options);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `Accept: text/event-stream`: the import reports `progress` events (phase, rows, bytes) while it
 * runs, then one `result` or `error` event with the same body the JSON answer would have.
 */
async function streamImport(
  request: FastifyRequest,
  reply: FastifyReply,
  run: (onProgress: (p: ImportProgress) => void) => Promise<ImportResult>,
): Promise<void> {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    'x-accel-buffering': 'no',
  });
  const send = (event: string, data: unknown) =>
    raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  let last = 0;
  try {
    const result = await run((p) => {
      const now = Date.now();
      if (p.phase !== 'done' && now - last < 250) return;
      last = now;
      send('progress', p);
    });
    send('result', result);
  } catch (error) {
    const known = error instanceof AppError ? error : mapDatabaseError(error);
    if (known) {
      send('error', { error: { code: known.code, message: known.message, details: known.details ?? null } });
    } else {
      request.log.error({ err: error, requestId: request.id }, 'observation import failed');
      send('error', {
        error: {
          code: 'INTERNAL',
          message: `服务器内部错误 (internal error), 请求编号 ${request.id}`,
          details: { requestId: request.id },
        },
      });
    }
  } finally {
    raw.end();
  }
}

function store(request: FastifyRequest) {
  return request.server.store;
}

export async function observationRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/plans/:id/observations',
    {
      config: { action: 'observations.import' },
      schema: {
        tags: ['collection'],
        summary: '导入观测数据 (import observations: JSON batch or a CSV/XLSX/SDMX-CSV file; atomic)',
        description:
          'JSON `{observations:[{indicator, region?, period, kind?, value, unit?, source?, note?, vintage?, priceBasis?}]}` or multipart/form-data with a `file` field (at most PLANWATCH_UPLOAD_LIMIT_MB, default 50 MB). A file with any bad row writes nothing: 422 IMPORT_INVALID with `details.errors[{row, column, value, reason, reasonCode}]` and `details.total`. Units: a blank unit means the unit the indicator’s target is written in (万人, 亿元; % for ytd_growth), recorded as `written.unitAssumed`; amounts are stored in their dimension’s base unit (元, 人, 平方米…) whatever the target; amounts of growth-target indicators (增长5%左右) need their unit written (reasonCode missing_unit). Short region names (广西, 内蒙古, 浦东) are accepted. With `Accept: text/event-stream` the answer is a stream of `progress` events (phase, rows, bytes) ending in one `result` or `error` event.',
        params: planParams,
        body: observationBatch.optional(),
        response: { 200: importStream, 201: importResultSchema, ...errors(404, 413, 415, 422) },
      },
      // A JSON batch or a multipart upload: the handler validates whichever it is.
      attachValidation: true,
    },
    async (request, reply) => {
      refuseBadParams(request);
      const actor = collectionActor(request);
      const options: ImportOptions = {
        planId: request.params.id,
        by: actor.by,
        submitFor: actor.status === 'submitted' ? { departmentId: actor.departmentId } : undefined,
      };
      const streaming = request.headers.accept?.includes('text/event-stream') ?? false;
      if (request.isMultipart()) {
        if (streaming)
          return streamImport(request, reply, (onProgress) =>
            importUpload(request, { ...options, onProgress }),
          );
        return reply.code(201).send(await importUpload(request, options));
      }
      const parsed = observationBatch.safeParse(request.body);
      if (!parsed.success)
        throw new AppError(
          'VALIDATION_FAILED',
          namingFields(
            '请提供 {observations:[…]} 或上传文件 (send {observations} or a file)',
            parsed.error.issues,
          ),
          {
            issues: parsed.error.issues,
          },
        );
      if (streaming) {
        return streamImport(request, reply, (onProgress) =>
          recordObservations(app.store, parsed.data.observations, { ...options, onProgress }),
        );
      }
      return reply.code(201).send(await recordObservations(app.store, parsed.data.observations, options));
    },
  );

  app.get(
    '/plans/:id/observations',
    {
      config: { action: 'observations.read' },
      schema: {
        tags: ['collection'],
        summary: '观测数据（最新修订，可指定时点）(latest revisions as of a date, as known at a time)',
        params: planParams,
        querystring: observationsQuery,
        response: { 200: observationsResponse, ...errors(404) },
      },
    },
    async (request) => {
      const q = request.query;
      return {
        observations: await listObservations(app.store, {
          planId: request.params.id,
          ...q,
          includeUnconfirmed: q.includeUnconfirmed === 'true',
        }),
      };
    },
  );

  app.get(
    '/plans/:id/indicators/:indicatorId/history',
    {
      config: { action: 'observations.read' },
      schema: {
        tags: ['collection'],
        summary: '序列修订历史 (every revision of a series)',
        params: historyParams,
        querystring: historyQuery,
        response: { 200: historyResponse, ...errors(404) },
      },
    },
    async (request) => ({
      history: await getSeriesHistory(app.store, {
        planId: request.params.id,
        indicatorId: request.params.indicatorId,
        ...request.query,
      }),
    }),
  );
}
