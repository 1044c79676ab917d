// A small ledger for the API and browser tests: short fictional reports written for the tests, with the
// incidents an extractor would find in them written by hand (so the tests do not move when the extractor
// does), one of them carrying script and event-handler payloads in every field a page shows.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor, Claim, Doc, Incident, IncidentLocation, SourceKind } from '../../src/core/types.js';
import { SUB_EVENT_TYPES, type SubEventCode } from '../../src/data/acled-taxonomy.js';
import { hashToken } from '../../src/server/tokens.js';
import { openStore } from '../../src/store/index.js';
import type { IngestItem, Store } from '../../src/store/types.js';

type Place = Omit<IncidentLocation, 'mention'>;

export const PLACES = {
  aleppo: { name: 'Aleppo', admin1: 'Aleppo', country: 'Syria', countryCode: 'SY', lat: 36.2021, lon: 37.1343, precision: 'exact' },
  azaz: { name: 'Azaz', admin1: 'Aleppo', country: 'Syria', countryCode: 'SY', lat: 36.5862, lon: 37.0463, precision: 'exact' },
  kabul: { name: 'Kabul', admin1: 'Kabul', country: 'Afghanistan', countryCode: 'AF', lat: 34.5553, lon: 69.2075, precision: 'exact' },
  mogadishu: { name: 'Mogadishu', admin1: 'Banaadir', country: 'Somalia', countryCode: 'SO', lat: 2.0469, lon: 45.3182, precision: 'exact' },
} satisfies Record<string, Place>;

/** Payloads that would run if any field reached the page as HTML. */
export const XSS = {
  script: '<script>window.__xss = "script"; alert("xss")</script>',
  img: '<img src=x onerror="window.__xss = \'img\'; alert(1)">',
  title: 'Gunmen attack <img src=x onerror=alert(document.domain)> village',
  actor: '<b onmouseover=alert(1)>Gunmen</b>',
  place: '<svg onload=alert(1)>Tarin',
  source: '"><script>alert(2)</script>',
} as const;

interface ClaimSpec {
  quote: string;
  n: number;
  max?: number | null;
  kind?: 'killed' | 'injured';
  qualifier?: Claim['qualifier'];
  source: string | null;
  sourceKind?: SourceKind;
}

function claimIn(text: string, spec: ClaimSpec): Claim {
  const start = text.indexOf(spec.quote);
  if (start < 0) throw new Error(`fixture text lacks "${spec.quote}"`);
  const at = spec.source ? text.indexOf(spec.source) : -1;
  return {
    kind: spec.kind ?? 'killed',
    min: spec.n,
    max: spec.max === undefined ? spec.n : spec.max,
    qualifier: spec.qualifier ?? 'exact',
    victims: null,
    source: { name: spec.source, kind: spec.sourceKind ?? 'media', handle: null, date: null, mention: at >= 0 ? { start: at, end: at + (spec.source as string).length } : null },
    quote: { start, end: start + spec.quote.length, text: spec.quote },
  };
}

interface IncidentSpec {
  type: SubEventCode;
  date: string;
  place: Place | null;
  claims: ClaimSpec[];
  actors?: [string, Actor['role']][];
}

function report(doc: Doc, spec: IncidentSpec): IngestItem {
  const sub = SUB_EVENT_TYPES[spec.type];
  const incident: Incident = {
    id: `${doc.id}#0`,
    eventType: sub.eventType,
    subEventType: sub.label,
    date: { start: spec.date, end: spec.date, precision: 'day' },
    location: spec.place ? { ...spec.place, mention: null } : null,
    actors: (spec.actors ?? []).map(([name, role]) => {
      const at = doc.text.indexOf(name);
      return { name, role, mention: at >= 0 ? { start: at, end: at + name.length } : null };
    }),
    casualties: { killed: null, injured: null, rule: 'ucdp' },
    claims: spec.claims.map((c) => claimIn(doc.text, c)),
    background: false,
  };
  return { doc, incidents: [incident] };
}

const ALEPPO_TEXT = 'Shelling hit a market in Aleppo on Monday, killing 12 people, the Syrian Observatory for Human Rights said. Doctors at the city hospital said 15 people were killed and 30 wounded.';
const AZAZ_TEXT = 'Artillery shells struck the edge of Azaz on Monday evening. A local council said 4 civilians were killed.';
const KABUL_TEXT = 'A roadside bomb exploded near a bus in Kabul on Saturday, killing 5 passengers, police said. The Islamic State claimed the attack.';
const MOGADISHU_TEXT = 'Fighting between government troops and al-Shabaab in Mogadishu left 7 soldiers dead, the army said, while the militants said they had killed 20.';
const XSS_TEXT = `${XSS.script} Gunmen stormed the village of Tarin on Friday, killing 3 farmers, residents said. ${XSS.img} The attackers, described as ${XSS.actor}, fled.`;

export const DOCS = {
  aleppo: { id: 'aleppo-market', title: 'Shelling kills 12 in Aleppo market', publishedAt: '2025-03-11', source: 'North Syria Daily', url: 'https://news.example.org/aleppo-market', text: ALEPPO_TEXT },
  azaz: { id: 'azaz-shells', title: 'Shells hit Azaz', publishedAt: '2025-03-11', source: 'Border Post', text: AZAZ_TEXT },
  kabul: { id: 'kabul-bus', title: 'Bus bomb in Kabul', publishedAt: '2025-02-02', source: 'Kabul Wire', text: KABUL_TEXT },
  mogadishu: { id: 'mogadishu-fighting', title: 'Fighting in Mogadishu', publishedAt: '2025-02-04', source: 'Horn Report', text: MOGADISHU_TEXT },
  xss: { id: 'xss-payloads', title: XSS.title, publishedAt: '2025-01-10', source: XSS.source, url: 'javascript:alert(3)', text: XSS_TEXT },
} satisfies Record<string, Doc>;

export const FIXTURE_ITEMS: IngestItem[] = [
  report(DOCS.aleppo, {
    type: 'shelling', date: '2025-03-10', place: PLACES.aleppo,
    claims: [
      { quote: 'killing 12 people', n: 12, source: 'Syrian Observatory for Human Rights', sourceKind: 'monitor' },
      { quote: '15 people were killed', n: 15, source: 'Doctors', sourceKind: 'witness' },
      { quote: '30 wounded', n: 30, kind: 'injured', source: 'Doctors', sourceKind: 'witness' },
    ],
  }),
  report(DOCS.azaz, {
    type: 'shelling', date: '2025-03-10', place: PLACES.azaz,
    claims: [{ quote: '4 civilians were killed', n: 4, source: 'A local council', sourceKind: 'government' }],
  }),
  report(DOCS.kabul, {
    type: 'ied', date: '2025-02-01', place: PLACES.kabul,
    claims: [{ quote: 'killing 5 passengers', n: 5, source: 'police', sourceKind: 'government' }],
    actors: [['Islamic State', 'perpetrator']],
  }),
  report(DOCS.mogadishu, {
    type: 'armed_clash', date: '2025-02-03', place: PLACES.mogadishu,
    claims: [
      { quote: '7 soldiers dead', n: 7, source: 'the army', sourceKind: 'government' },
      { quote: 'they had killed 20', n: 20, source: 'the militants', sourceKind: 'armed_group' },
    ],
    actors: [['al-Shabaab', 'perpetrator'], ['government troops', 'target']],
  }),
  report(DOCS.xss, {
    type: 'attack', date: '2025-01-10', place: { ...PLACES.kabul, name: XSS.place, lat: 34.9, lon: 69.5 },
    claims: [{ quote: 'killing 3 farmers', n: 3, source: 'residents', sourceKind: 'witness' }],
    actors: [[XSS.actor, 'perpetrator']],
  }),
];

export const TEST_TOKEN = 'sitrep_test-analyst-token-0123456789abcdefghijklmnopqrstu';
export const OTHER_TOKEN = 'sitrep_other-analyst-token-0123456789abcdefghijklmnopqrs';

export interface FixtureLedger {
  store: Store;
  dir: string;
  /** Ledger incident ids by fixture name. */
  ids: Record<keyof typeof DOCS, number>;
  close: () => Promise<void>;
}

/** A fresh SQLite ledger in a temporary folder holding the fixture reports and two analyst tokens. */
export async function fixtureLedger(): Promise<FixtureLedger> {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-web-test-'));
  const store = await openStore(join(dir, 'ledger.db'));
  const outcomes = await store.ingest(FIXTURE_ITEMS);
  const names = Object.keys(DOCS) as (keyof typeof DOCS)[];
  const ids = {} as Record<keyof typeof DOCS, number>;
  outcomes.forEach((o, k) => {
    if (o.status !== 'added' || o.created.length !== 1) throw new Error(`fixture ${names[k]} did not make its own incident: ${JSON.stringify(o)}`);
    ids[names[k]] = o.created[0];
  });
  await store.createToken('alice', hashToken(TEST_TOKEN));
  await store.createToken('bob', hashToken(OTHER_TOKEN));
  return { store, dir, ids, close: async () => { await store.close(); await rm(dir, { recursive: true, force: true }); } };
}
