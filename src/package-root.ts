import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding planwatch's package.json. Found by walking up, because the same module runs
 * from src/ (tests, development) and from dist/server/ (production), at different depths.
 */
export const PACKAGE_ROOT: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('planwatch: package.json not found above the running module');
    dir = parent;
  }
})();
