#!/usr/bin/env node
// `npm start`: build what is missing or older than its sources (the server with tsc, the web app
// with Vite), then serve the compiled server in this same process — no dev tools at run time, and
// SIGTERM from npm, systemd or a container reaches the server itself.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function stale(output, sources) {
  const built = join(root, output);
  return (
    !existsSync(built) ||
    Math.max(...sources.map((s) => newestMtime(join(root, s)))) > statSync(built).mtimeMs
  );
}

function build(script, what) {
  console.error(`[planwatch] building ${what} (npm run ${script})…`);
  const r = spawnSync('npm', ['run', script, '--silent'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (stale('dist/server/BUILT', ['src', 'tsconfig.build.json'])) build('build:server', 'the server');
if (stale('dist/web/index.html', ['web', 'src/domain', 'src/i18n'])) build('build:web', 'the web app');

process.argv = [process.argv[0], join(root, 'bin/planwatch.js'), 'serve', ...process.argv.slice(2)];
await import('../bin/planwatch.js');
