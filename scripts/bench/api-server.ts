// The API server for the latency benchmark, in its own process so that the load generator does not share its
// event loop: opens the ledger given as argv[2], listens on a free loopback port, prints the port, and serves
// until it is sent SIGTERM. Reads are open; the request log is off (as `sitrep serve --quiet`).
import { build } from '../../src/server/app.js';
import { SERVER_STORE_OPTIONS, closeOnSignal, listen } from '../../src/server/server.js';
import { openStore } from '../../src/store/index.js';

const store = await openStore(process.argv[2], SERVER_STORE_OPTIONS);
const app = await build({ store, readAccess: 'open', logger: false, web: false });
const stopped = closeOnSignal(app, () => store.close());
const url = await listen(app, { port: 0, host: '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ url })}\n`);
await stopped;
