/** Figures that need no dataset: parser speed, the web app's first load, the CLI's start. */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { type Figure, higherBetter, lowerBetter, median } from './figure.ts';
import { benchParse } from './parse-bench.ts';

const run = promisify(execFile);
const ROOT = new URL('../', import.meta.url);

export async function benchParser(load: string): Promise<Figure[]> {
  const r = await benchParse();
  const parser = r.find((f) => f.name === 'parse throughput');
  const base = r.find((f) => f.name.startsWith('baseline'));
  const sample = r.find((f) => f.name === 'parse sample report');
  if (!parser || !base) return [];
  return [
    higherBetter({
      name: 'parse',
      value: parser.value,
      unit: 'MB/s',
      baseline: 'decode + split lines + one number regex, same input',
      baselineValue: base.value,
      note: `${parser.note}; sample report ${sample?.value} ms; ${load}`,
    }),
  ];
}

/** gzip bytes of a built asset: its precompressed .gz beside it when there is one. */
function gzipBytes(path: URL): number {
  const gz = new URL(`${path.href}.gz`);
  if (existsSync(gz)) return readFileSync(gz).length;
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** What index.html loads before anything renders: its module entry and every modulepreload. */
export function benchWebInitialJs(): Figure[] {
  const dist = new URL('dist/web/', ROOT);
  const index = new URL('index.html', dist);
  if (!existsSync(index)) throw new Error('dist/web/index.html missing: run `npm run build` first');
  const html = readFileSync(index, 'utf8');
  const initial = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) initial.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) initial.add(m[1]);
  const initialKb =
    [...initial].reduce((n, src) => n + gzipBytes(new URL(src.replace(/^\//, ''), dist)), 0) / 1024;
  const assets = new URL('assets/', dist);
  const allJs = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const allKb = allJs.reduce((n, f) => n + gzipBytes(new URL(f, assets)), 0) / 1024;
  return [
    lowerBetter({
      name: 'web-initial-js',
      value: initialKb,
      unit: 'KB gzip',
      baseline: 'every JS chunk of the build (gzip)',
      baselineValue: allKb,
      note: `${initial.size} files the first page loads (entry + modulepreload) of ${allJs.length}`,
    }),
  ];
}

async function timeCommand(args: string[], runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    await run(process.execPath, args, { cwd: ROOT.pathname });
    if (i > 0) times.push(performance.now() - t0);
  }
  return median(times);
}

export async function benchCliHelp(cfg: { quick: boolean }, load: string): Promise<Figure[]> {
  const runs = cfg.quick ? 3 : 7;
  const help = await timeCommand(['bin/planwatch.js', '--help'], runs);
  const bare = await timeCommand(['-e', '0'], runs);
  return [
    lowerBetter({
      name: 'cli-help',
      value: help,
      unit: 'ms',
      baseline: 'node -e 0',
      baselineValue: bare,
      note: `median of ${runs} after one warm-up; ${load}`,
    }),
  ];
}
