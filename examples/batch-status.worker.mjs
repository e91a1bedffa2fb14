// The worker of examples/batch-status.ts (piscina loads this file in each worker thread).
// Plain JavaScript, so it loads in any Node.js worker: it registers tsx (the same TypeScript
// loader `npx tsx` uses) for this thread, then imports the batch's TypeScript task from the
// example itself. That file runs its main() on the main thread only.
import { register } from 'tsx/esm/api';

register();
const { statusChunk } = await import('./batch-status.ts');

export default statusChunk;
