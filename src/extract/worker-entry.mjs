// Entry of an analysis worker thread. tsx's loader flags (process.execArgv) do not carry into a worker
// on Node 20 (module hooks belong to the thread that registered them), so the worker registers tsx
// itself, then loads the TypeScript worker, as `tsx src/extract/cli.ts` does for the main thread.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
