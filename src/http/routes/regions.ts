import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../errors/app-error.ts';
import { compareRegions } from '../../services/collection/regions/compare-regions.ts';
import { findRegion } from '../../services/collection/regions/find-region.ts';
import { rollUpRegion } from '../../services/collection/regions/roll-up-region.ts';

const indicatorParams = z.object({
  id: z.coerce.number().int().positive(),
  indicatorId: z.coerce.number().int().positive(),
});

export async function regionRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/regions',
    {
      schema: {
        tags: ['collection'],
        summary: '行政区划 (regions: the children of a parent, provinces by default)',
        querystring: z.object({ parent: z.string().optional() }),
      },
    },
    async (request) => {
      let q = app.store.db
        .selectFrom('regions')
        .select(['code', 'name', 'level', 'parent_code as parentCode']);
      q = request.query.parent
        ? q.where('parent_code', '=', request.query.parent)
        : q.where('parent_code', 'is', null);
      return { regions: await q.orderBy('code').execute() };
    },
  );

  app.get(
    '/regions/:nameOrCode',
    {
      schema: {
        tags: ['collection'],
        summary: '查找地区 (find a region by GB/T 2260 code or name)',
        params: z.object({ nameOrCode: z.string() }),
        querystring: z.object({ within: z.string().optional() }),
      },
    },
    async (request) => {
      const region = await findRegion(app.store, request.params.nameOrCode, request.query.within);
      if (!region) throw notFound('地区 (region)', request.params.nameOrCode);
      return { code: region.code, name: region.name, level: region.level, parentCode: region.parent_code };
    },
  );

  app.get(
    '/plans/:id/indicators/:indicatorId/rollup',
    {
      schema: {
        tags: ['collection'],
        summary: '下级地区加总 (a flow summed over the child regions)',
        params: indicatorParams,
        querystring: z.object({
          region: z.string(),
          period: z.string(),
          kind: z.string().optional(),
          asOf: z.string().optional(),
          knownAt: z.string().optional(),
        }),
      },
    },
    async (request) =>
      rollUpRegion(app.store, {
        planId: request.params.id,
        indicatorId: request.params.indicatorId,
        ...request.query,
      }),
  );

  app.get(
    '/plans/:id/indicators/:indicatorId/regions',
    {
      schema: {
        tags: ['collection'],
        summary: '地区对比表 (compare regions for one period)',
        params: indicatorParams,
        querystring: z.object({
          period: z.string(),
          parent: z.string().optional(),
          kind: z.string().optional(),
          asOf: z.string().optional(),
          knownAt: z.string().optional(),
        }),
      },
    },
    async (request) => ({
      regions: await compareRegions(app.store, {
        planId: request.params.id,
        indicatorId: request.params.indicatorId,
        ...request.query,
      }),
    }),
  );
}
