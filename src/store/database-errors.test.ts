import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.ts';
import { AppError } from '../errors/app-error.ts';
import { isBusyError, mapDatabaseError } from './database-errors.ts';

describe('mapDatabaseError', () => {
  it.each([
    [{ code: 'SQLITE_BUSY', message: 'database is locked' }, 'DATABASE_BUSY', 503],
    [{ code: 'SQLITE_BUSY_SNAPSHOT', message: 'database is locked' }, 'DATABASE_BUSY', 503],
    [{ code: 'SQLITE_LOCKED', message: 'database table is locked' }, 'DATABASE_BUSY', 503],
    [{ code: '40001', message: 'could not serialize access' }, 'DATABASE_BUSY', 503],
    [{ code: '40P01', message: 'deadlock detected' }, 'DATABASE_BUSY', 503],
    [{ code: '55P03', message: 'lock not available' }, 'DATABASE_BUSY', 503],
    [{ code: '23505', constraint: 'observations_key_rev_uq', message: 'duplicate key' }, 'CONFLICT', 409],
    [
      { code: 'SQLITE_CONSTRAINT_UNIQUE', message: 'UNIQUE constraint failed: departments.name' },
      'CONFLICT',
      409,
    ],
    [{ code: '54000', message: 'index row requires 12024 bytes' }, 'VALIDATION_FAILED', 400],
    [{ code: '22021', message: 'invalid byte sequence' }, 'VALIDATION_FAILED', 400],
    [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }, 'DATABASE_UNAVAILABLE', 503],
  ])('%o → %s', (error, code, status) => {
    const mapped = mapDatabaseError(error);
    expect(mapped?.code).toBe(code);
    expect(mapped?.httpStatus).toBe(status);
  });

  it('names the constraint a unique violation broke', () => {
    expect(mapDatabaseError({ code: '23505', constraint: 'departments_name_key' })?.details).toEqual({
      constraint: 'departments_name_key',
    });
    expect(
      mapDatabaseError({
        code: 'SQLITE_CONSTRAINT_UNIQUE',
        message: 'UNIQUE constraint failed: departments.name',
      })?.details,
    ).toEqual({ constraint: 'departments.name' });
  });

  it('leaves what is not a database error alone', () => {
    expect(mapDatabaseError(new Error('boom'))).toBeNull();
    expect(mapDatabaseError({ code: 'SQLITE_CORRUPT' })).toBeNull();
    expect(mapDatabaseError(new AppError('NOT_FOUND', 'x'))).toBeNull();
    expect(isBusyError({ code: 'SQLITE_BUSY' })).toBe(true);
  });
});

describeEachDatabase('database errors as the drivers raise them', (t) => {
  it('reads a unique violation of departments.name as 409 naming it', async () => {
    const row = { name: '重复局', kind: 'bureau', created_at: '2026-01-01T00:00:00Z', keywords_json: '[]' };
    await t.store.db.insertInto('departments').values(row).execute();
    const error = await t.store.db
      .insertInto('departments')
      .values(row)
      .execute()
      .catch((e: unknown) => e);
    const mapped = mapDatabaseError(error);
    expect(mapped?.code).toBe('CONFLICT');
    expect(JSON.stringify(mapped?.details)).toContain('name');
  });
});
