/// <reference types="node" />
/** A build's worker thread (worker-pool.ts): runs the build tasks on the batches the main thread sends. */
import { parentPort, workerData } from 'node:worker_threads';
import { buildTasks, type BuildTasks } from './build-tasks.js';
import { DiskOutput } from './site-output.js';

const { site, key, dir } = workerData as { site: import('./site-options.js').Site; key: string; dir: string };
const tasks = buildTasks(site, key, new DiskOutput(dir));

parentPort!.on('message', async ({ task, items }: { task: keyof BuildTasks; items: string[] }) => {
  try {
    parentPort!.postMessage({ results: await tasks[task](items) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
