import Fastify, { type RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../app.ts';
import { installErrorHandler } from '../error-handler.ts';
import { contractSerializer } from '../response-contract.ts';
import { registerRoutes } from './index.ts';

/** Every route the API registers, as Fastify sees it. */
async function routeTable(): Promise<RouteOptions[]> {
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    if (route.method !== 'HEAD') routes.push(route);
  });
  await app.register(registerRoutes, { prefix: '/api' });
  await app.close();
  return routes;
}

describe('the API contract', () => {
  it('declares a success and an error response schema for every route', async () => {
    const routes = await routeTable();
    expect(routes.length).toBeGreaterThan(40);
    const missing = routes
      .filter((r) => {
        const statuses = Object.keys((r.schema?.response as Record<string, unknown> | undefined) ?? {});
        return !statuses.some((s) => s.startsWith('2')) || !statuses.includes('500');
      })
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('publishes every route, every response status and the error envelope in /api/openapi.json', async () => {
    const routes = await routeTable();
    const app = await buildApp({ store: { kind: 'sqlite' } as never, webRoot: null });
    const doc = (await app.inject({ url: '/api/openapi.json' })).json();
    await app.close();
    expect(doc.components.schemas.ApiError).toBeDefined();
    for (const route of routes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) {
        const operation = doc.paths[path]?.[method.toLowerCase()];
        expect(operation, `${method} ${path}`).toBeDefined();
        const declared = Object.keys(route.schema?.response as object).sort();
        expect(Object.keys(operation.responses).sort(), `${method} ${path}`).toEqual(declared);
        const refused = operation.responses['500'].content['application/json'].schema;
        expect(refused.$ref, `${method} ${path}`).toBe('#/components/schemas/ApiError');
      }
    }
  });
});

describe('contractSerializer', () => {
  async function appAnswering(body: unknown, check: boolean) {
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(contractSerializer(check));
    installErrorHandler(app);
    const schema = z.object({ id: z.number() });
    app.get('/x', { schema: { response: { 200: schema } } }, async () => body);
    const response = await app.inject({ url: '/x' });
    await app.close();
    return response;
  }

  it('fails a response with a field its schema does not declare, or of the wrong type, when checking', async () => {
    expect((await appAnswering({ id: 1 }, true)).json()).toEqual({ id: 1 });
    const extra = await appAnswering({ id: 1, secret: 'x' }, true);
    expect(extra.statusCode).toBe(500);
    expect(extra.json().error.message).toContain('does not declare');
    expect((await appAnswering({ id: 'one' }, true)).statusCode).toBe(500);
  });

  it('sends what the service returned when not checking (production)', async () => {
    expect((await appAnswering({ id: 1, more: true }, false)).json()).toEqual({ id: 1, more: true });
  });

  it('is on under the test runner', () => {
    expect(process.env.VITEST).toBeDefined();
  });
});
