// Entry of a parse-pool worker thread: the sources are TypeScript, run through tsx in every
// thread as in the main one (bin/planwatch.js).
import { register } from 'tsx/esm/api';

register();
const worker = await import('./parse-worker.ts');

export default worker.default;
