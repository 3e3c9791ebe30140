#!/usr/bin/env node
// `npm start`: build the web app if it is missing or older than its sources, then serve in this
// same process, so SIGTERM from npm, systemd or a container reaches the server itself.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const builtIndex = join(root, 'dist/web/index.html');

function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const m = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (m > newest) newest = m;
  }
  return newest;
}

const stale = !existsSync(builtIndex) || newestMtime(join(root, 'web')) > statSync(builtIndex).mtimeMs;
if (stale) {
  console.error('[planwatch] building the web app (npm run build)…');
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

process.argv = [process.argv[0], join(root, 'bin/planwatch.js'), 'serve', ...process.argv.slice(2)];
await import('../bin/planwatch.js');
