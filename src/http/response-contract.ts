import { isDeepStrictEqual } from 'node:util';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';

function zodSchemaOf(schema: unknown): z.ZodType | null {
  if (schema instanceof z.ZodType) return schema;
  const properties = (schema as { properties?: unknown } | null)?.properties;
  return properties instanceof z.ZodType ? properties : null;
}

/** JSON as it goes on the wire, so that a Date or an undefined field compares as it is sent. */
const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

/**
 * Serializes every response with its route's zod response schema.
 *
 * `check: true` (tests, development): a body the schema refuses, or with a field the schema does
 * not declare, fails the request (500 with the zod issues) — so every HTTP test is also a
 * contract test, and /api/openapi.json (hence the generated web client) cannot drift from what the
 * routes send. `check: false` (production): the body is sent as the service returned it, without
 * the cost of a second walk over large answers; a drift is a bug the tests catch, never a 500.
 */
export function contractSerializer(check: boolean): FastifySerializerCompiler<unknown> {
  return ({ schema, method, url }) => {
    const zodSchema = zodSchemaOf(schema);
    return (data) => {
      const json = JSON.stringify(data);
      if (!check || !zodSchema) return json;
      const parsed = zodSchema.safeParse(data);
      const where = `${method} ${url}`;
      if (!parsed.success)
        throw new AppError('INTERNAL', `response does not match its schema: ${where}`, {
          issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        });
      const sent = wire(data);
      if (!isDeepStrictEqual(wire(parsed.data), sent))
        throw new AppError('INTERNAL', `response has fields its schema does not declare: ${where}`, {
          sent,
          declared: wire(parsed.data),
        });
      return json;
    };
  };
}
