import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, sweepTempFiles, tempRoot } from './temp-files.ts';

describe('temp files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'planwatch-temp-test-'));
  const saved = { tmp: process.env.PLANWATCH_TMP_DIR, db: process.env.DATABASE_URL };
  afterAll(() => {
    for (const [k, v] of [
      ['PLANWATCH_TMP_DIR', saved.tmp],
      ['DATABASE_URL', saved.db],
    ] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('live beside the SQLite file unless PLANWATCH_TMP_DIR moves them', () => {
    delete process.env.PLANWATCH_TMP_DIR;
    process.env.DATABASE_URL = `sqlite:${join(dir, 'data', 'planwatch.db')}`;
    expect(tempRoot()).toBe(join(dir, 'data', 'tmp'));
    process.env.PLANWATCH_TMP_DIR = join(dir, 'elsewhere');
    expect(tempRoot()).toBe(join(dir, 'elsewhere'));
  });

  it('are swept at start-up when older than the process and their process is gone', () => {
    process.env.PLANWATCH_TMP_DIR = join(dir, 'sweep');
    const root = tempRoot();
    mkdirSync(root, { recursive: true });
    const old = Date.now() / 1000 - 3600;
    const dead = join(root, 'planwatch-stage-999999999-abc');
    mkdirSync(dead);
    writeFileSync(join(dead, 'stage.db'), 'x');
    utimesSync(dead, old, old);
    const alive = join(root, `planwatch-upload-${process.ppid}-def`);
    mkdirSync(alive);
    utimesSync(alive, old, old);
    const other = join(root, 'not-ours');
    mkdirSync(other);
    utimesSync(other, old, old);
    const mine = makeTempDir('upload');

    expect(sweepTempFiles()).toBe(1);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(alive)).toBe(true);
    expect(existsSync(mine)).toBe(true);
    expect(readdirSync(root).sort()).toEqual(
      [other, alive, mine].map((p) => p.slice(root.length + 1)).sort(),
    );
  });
});
