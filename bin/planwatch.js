#!/usr/bin/env node
// The planwatch command. Production runs the compiled JavaScript in dist/server (`npm run build`);
// a development checkout whose sources are newer than that build runs them through tsx instead, so
// an edit is never hidden behind a stale build. tsx is a devDependency: without it, a stale or
// missing build is an error that says what to run.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const compiled = join(root, 'dist/server/cli/main.js');
const sources = join(root, 'src');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const m = entry.isDirectory()
      ? newestSource(path)
      : entry.name.endsWith('.test.ts')
        ? 0
        : statSync(path).mtimeMs;
    if (m > newest) newest = m;
  }
  return newest;
}

const built = existsSync(compiled)
  ? statSync(join(root, 'dist/server/BUILT'), { throwIfNoEntry: false })
  : undefined;
const fresh = built !== undefined && (!existsSync(sources) || newestSource(sources) <= built.mtimeMs);

if (fresh) {
  await import(compiled);
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write(
      `planwatch: ${existsSync(compiled) ? 'the build is older than src/' : 'not built yet'} — run \`npm run build\` first\n`,
    );
    process.exit(3);
  }
  register();
  await import('../src/cli/main.ts');
}
