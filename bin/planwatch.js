#!/usr/bin/env node
// The planwatch command. TypeScript sources run through tsx (esbuild), so a fresh clone needs no
// build step for the CLI or the server; only the web app is bundled (npm run build).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
