import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.ts';
import { isReachable, migrateToLatest } from './open-database.ts';

describeEachDatabase('store', (t) => {
  it('migrates, and a second migration run applies nothing', async () => {
    expect(await isReachable(t.store)).toBe(true);
    expect(await migrateToLatest(t.store)).toEqual([]);
  });

  it('generates integer ids and keeps doubles exact', async () => {
    const now = new Date().toISOString();
    const plan = await t.store.db
      .insertInto('plans')
      .values({
        title: '测试计划',
        kind: 'annual',
        status: 'draft',
        demo: 0,
        source_text: 'x',
        source_encoding: 'utf-8',
        document_json: '{}',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(typeof plan.id).toBe('number');
    const ind = await t.store.db
      .insertInto('indicators')
      .values({
        plan_id: plan.id,
        key: 'ind-1',
        name: '地区生产总值',
        attribute: 'expected',
        period: '2026',
        target_text: '增长5%左右',
        target_json: '{}',
        flow: 0,
        sort_order: 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.store.db
      .insertInto('observations')
      .values({
        indicator_id: ind.id,
        region_code: '000000',
        period: '2026Q1',
        period_end: '2026-03-31',
        kind: 'ytd_growth',
        value: 5.123456789,
        revision: 1,
        status: 'confirmed',
        recorded_at: now,
      })
      .execute();
    const row = await t.store.db.selectFrom('observations').selectAll().executeTakeFirstOrThrow();
    expect(row.value).toBe(5.123456789);
    const dup = t.store.db
      .insertInto('observations')
      .values({
        indicator_id: ind.id,
        region_code: '000000',
        period: '2026Q1',
        period_end: '2026-03-31',
        kind: 'ytd_growth',
        value: 1,
        revision: 1,
        status: 'confirmed',
        recorded_at: now,
      })
      .execute();
    await expect(dup).rejects.toThrow();
  });

  it('rolls a failed transaction back', async () => {
    const before = await sql<{ n: number }>`select count(*) as n from plans`.execute(t.store.db);
    await expect(
      t.store.db.transaction().execute(async (trx) => {
        const now = new Date().toISOString();
        await trx
          .insertInto('plans')
          .values({
            title: 'rolled back',
            kind: 'annual',
            status: 'draft',
            demo: 0,
            source_text: '',
            source_encoding: 'utf-8',
            document_json: '{}',
            created_at: now,
            updated_at: now,
          })
          .execute();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const after = await sql<{ n: number }>`select count(*) as n from plans`.execute(t.store.db);
    expect(Number(after.rows[0].n)).toBe(Number(before.rows[0].n));
  });
});
