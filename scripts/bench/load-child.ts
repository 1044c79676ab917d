// One API load for the latency benchmark, in a process of its own so that the benchmark's large heap does not
// pause it: reads a LoadJob (api.ts) as JSON on stdin, runs its warm-up and measured run against the server, and
// prints the endpoint's figures as one JSON line.
import { text } from 'node:stream/consumers';
import { type LoadJob, measure } from './api.js';

const job = JSON.parse(await text(process.stdin)) as LoadJob;
const figures = await measure(job.url, job.kind, job.pacing, job.sample, job.o);
process.stdout.write(`${JSON.stringify(figures)}\n`);
