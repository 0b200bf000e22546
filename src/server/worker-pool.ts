import { Worker } from 'node:worker_threads';

/**
 * A fixed set of worker threads that share out batches of work: each
 * thread takes the next batch when it finishes one, so a slow story holds
 * up only its own thread. The module answers `{ task, items }` with
 * `{ results }` or `{ error }` (build-worker.ts).
 */
export class WorkerPool {
  readonly #workers: Worker[];

  constructor(module: URL, workerData: unknown, size: number) {
    this.#workers = Array.from({ length: size }, () => new Worker(module, { workerData }));
  }

  /** Runs `task` on every item, `batch` items at a time; results come back in the items' order. */
  async run<T, R>(task: string, items: T[], batch = 16): Promise<R[]> {
    const results: R[][] = [];
    let next = 0;
    const work = (worker: Worker): Promise<void> =>
      new Promise((resolve, reject) => {
        const take = () => {
          if (next >= items.length) return resolve();
          const at = next;
          next += batch;
          const onMessage = (reply: { results?: R[]; error?: string }) => {
            worker.off('error', onError);
            if (reply.error !== undefined) return reject(new Error(reply.error));
            results[at / batch] = reply.results!;
            take();
          };
          const onError = (error: Error) => {
            worker.off('message', onMessage);
            reject(error);
          };
          worker.once('message', onMessage);
          worker.once('error', onError);
          worker.postMessage({ task, items: items.slice(at, at + batch) });
        };
        take();
      });
    await Promise.all(this.#workers.map(work));
    return results.flat();
  }

  close(): Promise<number[]> {
    return Promise.all(this.#workers.map((worker) => worker.terminate()));
  }
}
