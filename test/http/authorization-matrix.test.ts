/**
 * The authorization matrix, generated from the route table: every /api route × every role ×
 * own/other department. A route that declares no policy action fails here; so does one whose
 * answer differs from the table of what each role may do, written out below independently of the
 * policy module.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import type { Role } from '../../src/services/auth/actor.types.ts';
import { POLICIES } from '../../src/services/auth/policies.ts';
import { signIn, type TestClient } from '../support/auth.ts';
import { addPlanItems, buildCollectionPlan } from '../support/collection-builders.ts';
import { describeEachDatabase } from '../support/databases.ts';

/** What each role may do (admin: everything). Reporter actions hold only for its own departments. */
const ALLOWED: Record<Exclude<Role, 'admin'>, ReadonlySet<string>> = {
  planner: new Set(
    Object.keys(POLICIES).filter(
      (a) => !['users.read', 'users.manage', 'audit.read', 'tokens.manage'].includes(a),
    ),
  ),
  reporter: new Set([
    'observations.import',
    'progress.record',
    'milestones.set',
    'attachments.add',
    'submissions.create',
    'submissions.transition',
    'template.upload',
    'session.self',
  ]),
  viewer: new Set(['session.self']),
};
const ROLES: Role[] = ['admin', 'planner', 'reporter', 'viewer'];
const READ = (action: string) => !POLICIES[action as keyof typeof POLICIES].mutates;
const ADMIN_ONLY_READS = new Set(['users.read', 'audit.read']);
/** Writes a reporter may make only for items and submissions of its own departments. */
const DEPARTMENT_SCOPED = new Set([
  'progress.record',
  'milestones.set',
  'attachments.add',
  'submissions.create',
  'submissions.transition',
]);

function expectedAllowed(role: Role, action: string, side: 'own' | 'other'): boolean {
  if (role === 'admin') return true;
  if (READ(action)) return !ADMIN_ONLY_READS.has(action);
  if (!ALLOWED[role].has(action)) return false;
  if (role === 'reporter' && DEPARTMENT_SCOPED.has(action)) return side === 'own';
  return true;
}

describeEachDatabase('authorization matrix', (t) => {
  let app: FastifyInstance;
  const ids: Record<string, number> = {};
  const clients = new Map<Role, TestClient>();

  beforeAll(async () => {
    app = await buildApp({ store: t.store, webRoot: null, apiRateLimit: 100_000 });
    const plan = await buildCollectionPlan(t.store);
    const mine = await addPlanItems(t.store, plan.planId);
    const theirs = await addPlanItems(t.store, plan.planId);
    const now = new Date().toISOString();
    const dept = async (name: string) =>
      (
        await t.store.db
          .insertInto('departments')
          .values({ name, short_name: null, kind: 'bureau', region_code: null, created_at: now })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const own = await dept('本部门');
    const other = await dept('其他部门');
    const spare = await dept('待删部门');
    const assign = async (item_type: string, item_id: number, department_id: number) =>
      t.store.db
        .insertInto('item_assignments')
        .values({
          plan_id: plan.planId,
          item_type,
          item_id,
          department_id,
          role: 'lead',
          created_at: now,
          created_by: null,
        })
        .execute();
    for (const [items, d] of [
      [mine, own],
      [theirs, other],
    ] as const) {
      await assign('measure', items.measureId, d);
      await assign('project', items.projectId, d);
      await assign('commitment', items.commitmentId, d);
    }
    const submission = async (department_id: number) =>
      (
        await t.store.db
          .insertInto('submissions')
          .values({
            plan_id: plan.planId,
            department_id,
            period: null,
            status: 'draft',
            comment: null,
            created_at: now,
            created_by: null,
            submitted_at: null,
            reviewed_at: null,
            reviewed_by: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    Object.assign(ids, {
      plan: plan.planId,
      indicator: Object.values(plan.indicators)[0],
      own,
      other,
      spare,
      ownMeasure: mine.measureId,
      otherMeasure: theirs.measureId,
      ownProject: mine.projectId,
      ownCommitment: mine.commitmentId,
      otherCommitment: theirs.commitmentId,
      otherProject: theirs.projectId,
      ownSubmission: await submission(own),
      otherSubmission: await submission(other),
    });
    for (const role of ROLES)
      clients.set(role, await signIn(app, role, { departmentIds: role === 'reporter' ? [own] : [] }));
    ids.spareUser = (await signIn(app, 'viewer')).userId;
  });
  afterAll(async () => app?.close());

  function urlFor(template: string, side: 'own' | 'other'): string {
    return `/api${template}`
      .replace(':id', String(ids.plan))
      .replace(':type', 'measure')
      .replace(
        ':itemId',
        String(
          ids[
            `${side}${template.includes('/commitment/') ? 'Commitment' : template.includes('/project/') ? 'Project' : 'Measure'}`
          ],
        ),
      )
      .replace(':projectId', String(side === 'own' ? ids.ownProject : ids.otherProject))
      .replace(':submissionId', String(side === 'own' ? ids.ownSubmission : ids.otherSubmission))
      .replace(':indicatorId', String(ids.indicator))
      .replace(':departmentId', String(ids.spare))
      .replace(':action', 'submit')
      .replace(':userId', String(ids.spareUser))
      .replace(':tokenId', '999999')
      .replace(':attachmentId', '999999')
      .replace(':nameOrCode', '310000');
  }

  it('every /api route declares a known policy action', () => {
    const routes = app.apiRoutes;
    expect(routes.length).toBeGreaterThan(40);
    const undeclared = routes.filter((r) => r.action !== 'public' && !(r.action! in POLICIES));
    expect(undeclared.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    const publicRoutes = routes.filter((r) => r.action === 'public').map((r) => `${r.method} ${r.url}`);
    expect(publicRoutes.sort()).toEqual(
      ['GET /api/auth/demo', 'GET /api/auth/me', 'GET /api/health', 'POST /api/auth/login'].sort(),
    );
  });

  it('answers 401 to every non-public route without an account', async () => {
    for (const route of app.apiRoutes.filter((r) => r.action !== 'public')) {
      const res = await app.inject({
        method: route.method as 'GET',
        url: urlFor(route.url.slice(4), 'own'),
        payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
      });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    }
  });

  for (const role of ROLES) {
    it(`enforces what a ${role} may do, for its own and another department`, async () => {
      const client = clients.get(role)!;
      const failures: string[] = [];
      // Reads first, then writes: an allowed write (a deleted item) must not change a later answer.
      const routes = [...app.apiRoutes.filter((r) => r.action !== 'public')].sort(
        (a, b) => Number(a.method !== 'GET') - Number(b.method !== 'GET'),
      );
      for (const route of routes) {
        if (route.url === '/api/auth/logout') continue;
        const action = route.action as string;
        for (const side of ['own', 'other'] as const) {
          const allowed = expectedAllowed(role, action, side);
          const res = await client.inject({
            method: route.method as 'GET',
            url: urlFor(route.url.slice(4), side),
            payload:
              route.method === 'GET' ? undefined : { departmentId: side === 'own' ? ids.own : ids.other },
          });
          const denied = res.statusCode === 403 || res.statusCode === 401;
          if (denied === allowed)
            failures.push(
              `${route.method} ${route.url} [${side}] → ${res.statusCode} ${res.body.slice(0, 120)}`,
            );
          if (denied) expect(res.json().error.code).toBe('FORBIDDEN');
        }
      }
      expect(failures).toEqual([]);
    });
  }
});

describe('policy table', () => {
  it('names every action once', () => {
    expect(new Set(Object.keys(POLICIES)).size).toBe(Object.keys(POLICIES).length);
  });
});
