import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../errors/app-error.ts';
import { compareRegions } from '../../services/collection/regions/compare-regions.ts';
import { findRegion } from '../../services/collection/regions/find-region.ts';
import { listRegions } from '../../services/collection/regions/list-regions.ts';
import { rollUpRegion } from '../../services/collection/regions/roll-up-region.ts';
import { errors } from './common.schema.ts';
import {
  compareQuery,
  compareResponse,
  findRegionParams,
  findRegionQuery,
  indicatorParams,
  regionSchema,
  regionsQuery,
  regionsResponse,
  rollUpQuery,
  rollUpResponse,
} from './regions.schema.ts';

export async function regionRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['collection'];

  app.get(
    '/regions',
    {
      config: { action: 'regions.read' },
      schema: {
        tags,
        summary: '行政区划 (regions: the children of a parent, provinces by default)',
        querystring: regionsQuery,
        response: { 200: regionsResponse, ...errors(404) },
      },
    },
    async (request) => ({ regions: await listRegions(app.store, request.query.parent) }),
  );

  app.get(
    '/regions/:nameOrCode',
    {
      config: { action: 'regions.read' },
      schema: {
        tags,
        summary: '查找地区 (find a region by GB/T 2260 code or name)',
        params: findRegionParams,
        querystring: findRegionQuery,
        response: { 200: regionSchema, ...errors(404) },
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
      config: { action: 'assessment.read' },
      schema: {
        tags,
        summary: '下级地区加总 (a flow summed over the child regions)',
        description:
          'Sums one kind in one unit (amounts are stored in their base unit, 元/人/平方米); children in another unit are listed in `excluded`. Unknown indicator or region: 404; a bad period, kind, asOf or knownAt: 400.',
        params: indicatorParams,
        querystring: rollUpQuery,
        response: { 200: rollUpResponse, ...errors(404) },
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
      config: { action: 'assessment.read' },
      schema: {
        tags,
        summary: '地区对比表 (compare regions for one period)',
        description:
          'Ranked within each (kind, unit): a growth rate in % is never ranked among amounts. Unknown indicator or parent: 404; a bad period, kind, asOf or knownAt: 400.',
        params: indicatorParams,
        querystring: compareQuery,
        response: { 200: compareResponse, ...errors(404) },
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
