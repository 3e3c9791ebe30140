import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';
import { AppError } from './errors/app-error.ts';

describe('readConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    expect(readConfig({})).toMatchObject({
      databaseUrl: 'sqlite:./data/planwatch.db',
      host: '127.0.0.1',
      port: 8080,
      logLevel: 'info',
      uploadLimitBytes: 50 * 1024 * 1024,
      maxExpandedBytes: 20 * 50 * 1024 * 1024,
      maxZipRatio: 200,
      parseTimeoutMs: 60_000,
      parseMemoryMb: 1024,
      parseThreads: undefined,
      soffice: 'soffice',
      tmpDir: undefined,
      pgPoolSize: 10,
      pgConnectTimeoutMs: 5000,
      debug: false,
    });
  });

  it('reads every variable, treating an empty one as unset', () => {
    const c = readConfig({
      DATABASE_URL: 'postgres://db/pw',
      PORT: '9000',
      HOST: '',
      LOG_LEVEL: 'warn',
      PLANWATCH_UPLOAD_LIMIT_MB: '1.5',
      PLANWATCH_TMP_DIR: '/var/tmp/pw',
      PLANWATCH_PG_POOL: '4',
      PLANWATCH_DEBUG: '1',
    });
    expect(c).toMatchObject({
      databaseUrl: 'postgres://db/pw',
      port: 9000,
      host: '127.0.0.1',
      logLevel: 'warn',
    });
    expect(c.uploadLimitBytes).toBe(1.5 * 1024 * 1024);
    expect(c).toMatchObject({ tmpDir: '/var/tmp/pw', pgPoolSize: 4, debug: true });
    expect(readConfig({ PLANWATCH_DEBUG: 'false' }).debug).toBe(false);
  });

  it('names every invalid variable in one CONFIG_INVALID error', () => {
    let error: unknown;
    try {
      readConfig({ PORT: 'eighty', PLANWATCH_PG_POOL: '-1', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CONFIG_INVALID');
    for (const name of ['PORT', 'PLANWATCH_PG_POOL', 'LOG_LEVEL'])
      expect((error as AppError).message).toContain(name);
  });
});
