// Store throughput at scale (not a test; run by hand):
//   node --import tsx test/ledger/scale.ts [reports=100000] [db=/tmp/sitrep-scale.db] [batch=500]
// Ingests synthetic reports (incidents built directly, no extraction) into a fresh ledger and prints the rate,
// the ledger's size and the process's peak memory. Events are spread over 400 places and a year; each is told
// by one to four outlets, so about half the reports merge into an existing incident.
import { rmSync } from 'node:fs';
import type { Claim, Incident } from '../../src/core/types.js';
import { reconcile } from '../../src/resolve/reconcile.js';
import { openStore } from '../../src/store/index.js';
import type { IngestItem } from '../../src/store/types.js';

const total = Number(process.argv[2] ?? 100_000);
const path = process.argv[3] ?? '/tmp/sitrep-scale.db';
const batch = Number(process.argv[4] ?? 500);

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

const PLACES = Array.from({ length: 400 }, (_, i) => ({
  name: `Place ${i}`,
  admin1: `Region ${i % 37}`,
  country: `Country ${i % 23}`,
  countryCode: `C${String.fromCharCode(65 + (i % 23))}`,
  lat: -35 + 70 * ((i * 7919) % 400) / 400,
  lon: -20 + 140 * ((i * 104729) % 400) / 400,
  precision: (['exact', 'exact', 'near', 'admin2', 'admin1'] as const)[i % 5],
  mention: null,
}));
const TYPES = [
  ['Explosions/Remote violence', 'Air/drone strike'],
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['Battles', 'Armed clash'],
  ['Violence against civilians', 'Attack'],
] as const;

function* reports(): Generator<IngestItem> {
  let n = 0;
  for (let event = 0; n < total; event++) {
    const place = PLACES[Math.floor(random() * PLACES.length)];
    const [eventType, subEventType] = TYPES[Math.floor(random() * TYPES.length)];
    const day = new Date(Date.UTC(2024, 0, 1) + 86_400_000 * Math.floor(random() * 365)).toISOString().slice(0, 10);
    const killed = 1 + Math.floor(random() * 30);
    const tellings = 1 + Math.floor(random() * 4);
    for (let t = 0; t < tellings && n < total; t++, n++) {
      const text = `Report ${n}: an attack in ${place.name} on ${day} killed ${killed + t} people and wounded ${killed * 2}, officials said.`;
      const quote = (s: string): Claim['quote'] => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
      const claims: Claim[] = [
        { kind: 'killed', min: killed + t, max: killed + t, qualifier: 'exact', victims: null, source: { name: t % 2 ? 'officials' : null, kind: 'government', handle: null, date: null }, quote: quote(`killed ${killed + t} people`) },
        { kind: 'injured', min: killed * 2, max: killed * 2, qualifier: 'exact', victims: null, source: { name: 'officials', kind: 'government', handle: null, date: null }, quote: quote(`wounded ${killed * 2}`) },
      ];
      const incident: Incident = {
        id: `r${n}`, eventType, subEventType, date: { start: day, end: day, precision: 'day' }, location: place,
        actors: [{ name: `Group ${event % 50}`, role: 'perpetrator', mention: null }],
        casualties: reconcile(claims, 'ucdp'), claims, background: false,
      };
      yield { doc: { id: `r${n}`, text, source: `Outlet ${t}`, publishedAt: day }, incidents: [incident] };
    }
  }
}

rmSync(path, { force: true });
rmSync(`${path}-wal`, { force: true });
rmSync(`${path}-shm`, { force: true });
const store = await openStore(path);
const started = performance.now();
let pending: IngestItem[] = [];
let done = 0;
let created = 0;
let merged = 0;
let peak = 0;
let lap = performance.now();
const flush = async () => {
  for (const o of await store.ingest(pending)) if (o.status === 'added') (created += o.created.length), (merged += o.merged.length);
  done += pending.length;
  pending = [];
  peak = Math.max(peak, process.memoryUsage().rss);
  if (done % 50_000 < batch) {
    const now = performance.now();
    console.error(`${done} reports, ${((done / (now - started)) * 1000).toFixed(0)}/s overall, last 50000 at ${((50_000 / (now - lap)) * 1000).toFixed(0)}/s, rss ${(peak / 2 ** 20).toFixed(0)} MiB`);
    lap = now;
  }
};
for (const item of reports()) {
  pending.push(item);
  if (pending.length >= batch) await flush();
}
await flush();
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage();
console.log(JSON.stringify({ reports: done, seconds: Math.round(seconds), cpuSeconds: Math.round((cpu.user + cpu.system) / 1e6), perSecond: Math.round(done / seconds), created, merged, peakRssMiB: Math.round(peak / 2 ** 20), stats: await store.stats() }));
await store.close();
