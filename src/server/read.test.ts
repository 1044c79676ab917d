// The read side of the API over a fixture ledger: list filters and paging, one incident, one document with its
// spans, export, audit, stats; errors as JSON naming the field; payloads returned as data.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { DOCS, type FixtureLedger, XSS, fixtureLedger } from '../../test/web/fixtures.js';
import { build } from './app.js';
import { type ApiDocument, type ApiIncident, type ApiIncidentDetail, type ApiIncidentList, IncidentList } from './schemas.js';

let ledger: FixtureLedger;
let app: FastifyInstance;

before(async () => {
  ledger = await fixtureLedger();
  app = await build({ store: ledger.store });
});
after(async () => {
  await app.close();
  await ledger.close();
});

async function list(query: string): Promise<ApiIncidentList> {
  const r = await app.inject({ url: `/api/incidents${query}` });
  assert.equal(r.statusCode, 200, r.body);
  return r.json();
}
const ids = (l: ApiIncidentList) => l.incidents.map((i) => i.id).sort((a, b) => a - b);
const sorted = (...xs: number[]) => [...xs].sort((a, b) => a - b);

describe('GET /api/incidents', () => {
  test('lists every incident with its claims, tolls and reports', async () => {
    const l = await list('');
    assert.deepEqual(ids(l), sorted(...Object.values(ledger.ids)));
    assert.equal(l.next, null);
    const aleppo = l.incidents.find((i) => i.id === ledger.ids.aleppo) as ApiIncident;
    assert.equal(aleppo.subEventType, 'Shelling/artillery/missile attack');
    assert.equal(aleppo.casualties.killed?.low, 12);
    assert.equal(aleppo.casualties.killed?.high, 15);
    assert.equal(aleppo.claims.length, 3);
    assert.equal(aleppo.reports[0].document.title, DOCS.aleppo.title);
  });

  test('from/to keep incidents whose dates touch the range', async () => {
    assert.deepEqual(ids(await list('?from=2025-02-01&to=2025-02-02')), [ledger.ids.kabul]);
    assert.deepEqual(ids(await list('?from=2025-03-01')), sorted(ledger.ids.aleppo, ledger.ids.azaz));
  });

  test('bbox keeps incidents inside the box', async () => {
    assert.deepEqual(ids(await list('?bbox=36,36,38,37')), sorted(ledger.ids.aleppo, ledger.ids.azaz));
    assert.deepEqual(ids(await list('?bbox=40,-5,50,5')), [ledger.ids.mogadishu]);
  });

  test('country takes a code or a name', async () => {
    assert.deepEqual(ids(await list('?country=SO')), [ledger.ids.mogadishu]);
    assert.deepEqual(ids(await list('?country=afghanistan')), sorted(ledger.ids.kabul, ledger.ids.xss));
  });

  test('eventType and subEventType filter by the ACLED taxonomy', async () => {
    assert.deepEqual(ids(await list('?eventType=Battles')), [ledger.ids.mogadishu]);
    assert.deepEqual(ids(await list('?subEventType=Remote%20explosive%2Flandmine%2FIED')), [ledger.ids.kabul]);
    assert.deepEqual(ids(await list('?eventType=Explosions%2FRemote%20violence&subEventType=Shelling%2Fartillery%2Fmissile%20attack')), sorted(ledger.ids.aleppo, ledger.ids.azaz));
    assert.deepEqual(ids(await list('?eventType=Battles&subEventType=Shelling%2Fartillery%2Fmissile%20attack')), []);
  });

  test('actor matches part of an actor name in any letter case', async () => {
    assert.deepEqual(ids(await list('?actor=shabaab')), [ledger.ids.mogadishu]);
    assert.deepEqual(ids(await list('?actor=islamic%20state')), [ledger.ids.kabul]);
  });

  test('minKilled compares with the best killed figure', async () => {
    const all = (await list('')).incidents;
    for (const min of [4, 6, 10]) {
      const expected = sorted(...all.filter((i) => (i.casualties.killed?.best ?? 0) >= min).map((i) => i.id));
      assert.ok(expected.length > 0 && expected.length < all.length, `fixture spread at ${min}`);
      assert.deepEqual(ids(await list(`?minKilled=${min}`)), expected);
    }
    assert.equal(ids(await list('?minKilled=0')).length, 5);
  });

  test('q searches places, actors, sources and claim quotes, every word, without accents or case', async () => {
    assert.deepEqual(ids(await list('?q=passengers')), [ledger.ids.kabul]);
    assert.deepEqual(ids(await list('?q=OBSERVATORY')), [ledger.ids.aleppo]);
    assert.deepEqual(ids(await list('?q=az%C3%A1z')), [ledger.ids.azaz]);
    assert.deepEqual(ids(await list('?q=soldiers%20dead')), [ledger.ids.mogadishu]);
    assert.deepEqual(ids(await list('?q=soldiers%20passengers')), []);
  });

  test('status filters by review state', async () => {
    assert.deepEqual(ids(await list('?status=confirmed')), []);
    assert.equal(ids(await list('?status=unreviewed')).length, 5);
  });

  test('limit and cursor page through every incident once, with and without post-filters', async () => {
    for (const filter of ['', '&country=SY', '&minKilled=1', '&q=said']) {
      const seen: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: ApiIncidentList = await list(`?limit=2${filter}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        assert.ok(page.incidents.length <= 2);
        seen.push(...page.incidents.map((i) => i.id));
        cursor = page.next;
        pages++;
      } while (cursor && pages < 10);
      const all = ids(await list(`?limit=500${filter}`));
      assert.deepEqual(seen, all, `filter "${filter}"`);
    }
  });

  test('a page is sent as the JSON the IncidentList schema gives it, byte for byte, as application/json', async () => {
    for (const query of ['?limit=3', '?limit=500', '?country=AF', '?country=SO&from=2030-01-01']) {
      const r = await app.inject({ url: `/api/incidents${query}` });
      assert.equal(r.headers['content-type'], 'application/json; charset=utf-8');
      const sent: ApiIncidentList = r.json();
      // The same page serialised whole by the route's response schema, as Fastify does for a returned object.
      const whole = Fastify();
      whole.get('/', { schema: { response: { 200: IncidentList } } }, async () => ({
        incidents: await Promise.all(sent.incidents.map(async (i) => ledger.store.getIncident(i.id))),
        next: sent.next,
      }));
      assert.equal(r.body, (await whole.inject({ url: '/' })).body, query);
      await whole.close();
    }
  });

  test('the last full page says there is no next page', async () => {
    const page = await list('?limit=5');
    assert.equal(page.incidents.length, 5);
    assert.equal(page.next, null);
  });

  test('bad filters are 400 JSON errors naming the field', async () => {
    const cases: [string, string][] = [
      ['?limit=0', 'limit'], ['?limit=abc', 'limit'], ['?from=2025-13-01', 'from'], ['?from=yesterday', 'from'],
      ['?bbox=1,2,3', 'bbox'], ['?country=Atlantis', 'country'], ['?eventType=Picnic', 'eventType'],
      ['?subEventType=Picnic', 'subEventType'], ['?minKilled=-1', 'minKilled'], ['?status=maybe', 'status'],
      ['?cursor=not-a-cursor', 'cursor'], ['?colour=red', 'colour'], ['?from=2025-03-02&to=2025-03-01', 'from'],
    ];
    for (const [query, field] of cases) {
      const r = await app.inject({ url: `/api/incidents${query}` });
      assert.equal(r.statusCode, 400, query);
      assert.match(r.headers['content-type'] as string, /^application\/json/);
      const body = r.json();
      assert.equal(body.error.code, 'BAD_ARGUMENT', query);
      assert.equal(body.error.field, field, query);
      assert.ok(body.error.message.startsWith(`${field}: `), body.error.message);
    }
  });
});

describe('GET /api/incidents/:id', () => {
  test('answers the incident with reports, toll history and audit log', async () => {
    const r = await app.inject({ url: `/api/incidents/${ledger.ids.mogadishu}` });
    assert.equal(r.statusCode, 200);
    const d: ApiIncidentDetail = r.json();
    assert.equal(d.incident.id, ledger.ids.mogadishu);
    assert.deepEqual(d.incident.actors.map((a) => [a.name, a.role]).sort(), [['al-Shabaab', 'perpetrator'], ['government troops', 'target']]);
    assert.deepEqual(d.incident.claims.map((c) => [c.source.name, c.source.kind, c.quote.text]), [
      ['the army', 'government', '7 soldiers dead'],
      ['the militants', 'armed_group', 'they had killed 20'],
    ]);
    assert.equal(d.incident.reports[0].document.source, DOCS.mogadishu.source);
    assert.equal(d.tollHistory.length, 1);
    assert.equal(d.tollHistory[0].action, 'report');
    assert.deepEqual(d.audit, []);
  });

  test('a missing incident is a 404 JSON error; a non-numeric id a 400 naming it', async () => {
    const missing = await app.inject({ url: '/api/incidents/9999' });
    assert.equal(missing.statusCode, 404);
    assert.deepEqual(missing.json(), { error: { code: 'NOT_FOUND', message: 'incident 9999: does not exist' } });
    const bad = await app.inject({ url: '/api/incidents/abc' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.field, 'id');
  });
});

describe('GET /api/documents/:id', () => {
  test('answers the text and every span of each incident, each span\'s text the slice it covers', async () => {
    const detail: ApiIncidentDetail = (await app.inject({ url: `/api/incidents/${ledger.ids.kabul}` })).json();
    const documentId = detail.incident.reports[0].documentId;
    const r = await app.inject({ url: `/api/documents/${documentId}` });
    assert.equal(r.statusCode, 200);
    const doc: ApiDocument = r.json();
    assert.equal(doc.text, DOCS.kabul.text);
    assert.deepEqual(doc.incidentIds, [ledger.ids.kabul]);
    for (const s of doc.spans) assert.equal(doc.text.slice(s.start, s.end), s.text);
    assert.deepEqual(doc.spans.map((s) => [s.kind, s.text]), [
      ['claim', 'killing 5 passengers'],
      ['source', 'police'],
      ['actor', 'Islamic State'],
    ]);
    const claimSpan = doc.spans.find((s) => s.kind === 'claim');
    assert.equal(claimSpan?.claimId, detail.incident.claims[0].id);
  });

  test('?incident= limits the spans to one incident; a wrong pairing is a 404', async () => {
    const detail: ApiIncidentDetail = (await app.inject({ url: `/api/incidents/${ledger.ids.aleppo}` })).json();
    const documentId = detail.incident.reports[0].documentId;
    const one: ApiDocument = (await app.inject({ url: `/api/documents/${documentId}?incident=${ledger.ids.aleppo}` })).json();
    assert.deepEqual(one.incidentIds, [ledger.ids.aleppo]);
    assert.equal(one.spans.filter((s) => s.kind === 'claim').length, 3);
    const wrong = await app.inject({ url: `/api/documents/${documentId}?incident=${ledger.ids.kabul}` });
    assert.equal(wrong.statusCode, 404);
    assert.equal((await app.inject({ url: '/api/documents/4242' })).statusCode, 404);
  });
});

describe('payloads stay data', () => {
  test('script and handler payloads in title, text, actor, place and source come back verbatim as JSON strings', async () => {
    const r = await app.inject({ url: `/api/incidents/${ledger.ids.xss}` });
    assert.match(r.headers['content-type'] as string, /^application\/json/);
    const d: ApiIncidentDetail = r.json();
    assert.equal(d.incident.location?.name, XSS.place);
    assert.equal(d.incident.actors[0].name, XSS.actor);
    assert.equal(d.incident.reports[0].document.title, XSS.title);
    assert.equal(d.incident.reports[0].document.source, XSS.source);
    const doc: ApiDocument = (await app.inject({ url: `/api/documents/${d.incident.reports[0].documentId}` })).json();
    assert.ok(doc.text.includes(XSS.script) && doc.text.includes(XSS.img));
    assert.equal(doc.url, 'javascript:alert(3)');
  });

  test('the page itself carries no ledger data: it is a fixed file', async () => {
    const page = await app.inject({ url: '/' });
    assert.equal(page.statusCode, 200);
    assert.match(page.headers['content-type'] as string, /^text\/html/);
    assert.ok(!page.body.includes('Gunmen'));
    assert.ok(!/<script>(?!<\/script>)/.test(page.body), 'no inline script');
    assert.ok(!/\son\w+=/i.test(page.body), 'no inline handler');
  });
});

describe('GET /api/export', () => {
  test('streams each format with its media type and a file name', async () => {
    const csv = await app.inject({ url: '/api/export?format=acled-csv' });
    assert.equal(csv.statusCode, 200);
    assert.match(csv.headers['content-type'] as string, /^text\/csv/);
    assert.match(csv.headers['content-disposition'] as string, /filename="sitrep-incidents\.acled\.csv"/);
    assert.ok(csv.body.startsWith('event_id_cnty,'));
    assert.equal(csv.body.trim().split('\n').length, 1 + 5);
    const geo = await app.inject({ url: '/api/export?format=geojson&country=SY' });
    const fc = JSON.parse(geo.body);
    assert.equal(fc.type, 'FeatureCollection');
    assert.equal(fc.features.length, 2);
    const jsonl = await app.inject({ url: '/api/export?format=jsonl&eventType=Battles' });
    assert.equal(jsonl.body.trim().split('\n').length, 1);
    assert.equal(JSON.parse(jsonl.body).id, ledger.ids.mogadishu);
    const ucdp = await app.inject({ url: '/api/export?format=ucdp-csv&from=2025-03-01' });
    assert.equal(ucdp.body.trim().split('\n').length, 1 + 2);
  });

  test('a missing or unknown format and a bad filter are 400s naming the field', async () => {
    for (const [query, field] of [['', 'format'], ['?format=xlsx', 'format'], ['?format=jsonl&bbox=a,b,c,d', 'bbox'], ['?format=jsonl&country=Narnia', 'country']]) {
      const r = await app.inject({ url: `/api/export${query}` });
      assert.equal(r.statusCode, 400, query);
      assert.equal(r.json().error.field, field, query);
    }
  });
});

describe('GET /api/stats and /api/taxonomy', () => {
  test('stats count the ledger', async () => {
    assert.deepEqual((await app.inject({ url: '/api/stats' })).json(), { documents: 5, incidents: 5, reports: 5, claims: 8 });
  });
  test('the taxonomy lists ACLED types with their sub-event types, and says reading is open', async () => {
    const t = (await app.inject({ url: '/api/taxonomy' })).json();
    assert.equal(t.eventTypes.length, 6);
    assert.ok(t.eventTypes.find((e: { name: string }) => e.name === 'Battles').subEventTypes.includes('Armed clash'));
    assert.equal(t.readAccess, 'open');
  });
});
