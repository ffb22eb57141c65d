// The ceiling: a bare Fastify app answering {ok:true}, no database, no hooks. It runs in a worker thread of the bench
// process: in-process as asked, yet on its own event loop, so autocannon (on the main thread) does not share one
// with it and halve the number.
import { Worker } from 'node:worker_threads';

export interface BareServer {
  url: string;
  close(): Promise<void>;
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Fastify = require(workerData.fastifyPath);
const app = Fastify({ logger: false });
app.get('/', async () => ({ ok: true }));
app.listen({ port: 0, host: '127.0.0.1' }).then(() => parentPort.postMessage(app.server.address().port));
parentPort.on('message', () => app.close().then(() => parentPort.postMessage('closed')));
`;

export async function startBareFastify(): Promise<BareServer> {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { fastifyPath: require.resolve('fastify') } });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', (message: unknown) => resolve(Number(message)));
    worker.once('error', reject);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      const closed = new Promise((resolve) => worker.once('message', resolve));
      worker.postMessage('close');
      await closed;
      await worker.terminate();
    },
  };
}
