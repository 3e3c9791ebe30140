import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../errors/app-error.ts';
import { compareRegions } from '../../services/collection/regions/compare-regions.ts';
import { findRegion, normalizeRegionCode } from '../../services/collection/regions/find-region.ts';
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
      const parent = request.query.parent;
      if (parent !== undefined) {
        const code = normalizeRegionCode(parent);
        const found = code
          ? await app.store.db
              .selectFrom('regions')
              .select('code')
              .where('code', '=', code)
              .executeTakeFirst()
          : undefined;
        if (!found) throw notFound('地区 (region)', parent);
      }
      let q = app.store.db
        .selectFrom('regions')
        .select(['code', 'name', 'level', 'parent_code as parentCode']);
      q = parent
        ? q.where('parent_code', '=', normalizeRegionCode(parent)!)
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
        description:
          'Sums one kind in one unit (amounts are stored in their base unit, 元/人/平方米); children in another unit are listed in `excluded`. Unknown indicator or region: 404; a bad period, kind, asOf or knownAt: 400.',
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
        description:
          'Ranked within each (kind, unit): a growth rate in % is never ranked among amounts. Unknown indicator or parent: 404; a bad period, kind, asOf or knownAt: 400.',
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
