// Review actions through the API: each needs a token, lands in the audit log under the token's name with the
// incident before and after, and moves the tolls; bad bodies are 400s naming the field.
import assert from 'node:assert/strict';
import { after, beforeEach, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { type FixtureLedger, TEST_TOKEN, fixtureLedger } from '../../test/web/fixtures.js';
import { build } from './app.js';
import type { ApiAuditList, ApiIncident, ApiIncidentDetail, ApiSplitResult } from './schemas.js';

let ledger: FixtureLedger;
let app: FastifyInstance;
const open: FixtureLedger[] = [];

beforeEach(async () => {
  ledger = await fixtureLedger();
  open.push(ledger);
  app = await build({ store: ledger.store });
});
after(async () => {
  for (const l of open) await l.close();
});

const auth = { authorization: `Bearer ${TEST_TOKEN}` };
const write = (method: 'POST' | 'PATCH', url: string, payload?: unknown) => app.inject({ method, url, headers: auth, payload: payload as object });
const detail = async (id: number): Promise<ApiIncidentDetail> => (await app.inject({ url: `/api/incidents/${id}` })).json();

describe('review actions', () => {
  test('confirm sets the status and writes an audit entry under the token name', async () => {
    const r = await write('POST', `/api/incidents/${ledger.ids.kabul}/confirm`);
    assert.equal(r.statusCode, 200, r.body);
    assert.equal((r.json() as ApiIncident).status, 'confirmed');
    const d = await detail(ledger.ids.kabul);
    assert.equal(d.audit.length, 1);
    assert.equal(d.audit[0].actor, 'alice');
    assert.equal(d.audit[0].action, 'confirm');
    assert.equal((d.audit[0].before as { status: string }).status, 'unreviewed');
    assert.equal((d.audit[0].after as { status: string }).status, 'confirmed');
    const listed = (await app.inject({ url: '/api/incidents?status=confirmed' })).json();
    assert.deepEqual(listed.incidents.map((i: ApiIncident) => i.id), [ledger.ids.kabul]);
  });

  test('editing the toll rule recomputes the toll and records the change in the toll history', async () => {
    const beforeEdit = await detail(ledger.ids.aleppo);
    assert.equal(beforeEdit.incident.casualties.killed?.high, 15);
    const r = await write('PATCH', `/api/incidents/${ledger.ids.aleppo}`, { rule: 'lowest' });
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual((r.json() as ApiIncident).casualties.killed, { low: 12, best: 12, high: 12 });
    const d = await detail(ledger.ids.aleppo);
    assert.equal(d.incident.rule, 'lowest');
    const last = d.tollHistory[d.tollHistory.length - 1];
    assert.equal(last.action, 'edit');
    assert.equal(last.new.killed?.high, 12);
    assert.equal(d.audit[0].actor, 'alice');
  });

  test('editing type, date, place and actors changes the incident', async () => {
    const r = await write('PATCH', `/api/incidents/${ledger.ids.azaz}`, {
      subEventType: 'Air/drone strike',
      date: { start: '2025-03-09', end: '2025-03-10', precision: 'day' },
      location: { name: 'Mare', admin1: 'Aleppo', country: 'Syria', countryCode: 'SY', lat: 36.4667, lon: 37.0833, precision: 'exact' },
      actors: [{ name: 'Unidentified aircraft', role: 'perpetrator' }],
    });
    assert.equal(r.statusCode, 200, r.body);
    const i: ApiIncident = r.json();
    assert.equal(i.eventType, 'Explosions/Remote violence');
    assert.equal(i.subEventType, 'Air/drone strike');
    assert.deepEqual(i.date, { start: '2025-03-09', end: '2025-03-10', precision: 'day' });
    assert.equal(i.location?.name, 'Mare');
    assert.deepEqual(i.actors.map((a) => [a.name, a.role]), [['Unidentified aircraft', 'perpetrator']]);
  });

  test('merge moves the reports, drops the merged incident from the list and is audited', async () => {
    const r = await write('POST', `/api/incidents/${ledger.ids.aleppo}/merge`, { from: ledger.ids.azaz });
    assert.equal(r.statusCode, 200, r.body);
    const merged: ApiIncident = r.json();
    assert.equal(merged.reports.length, 2);
    assert.equal(merged.claims.length, 4);
    const list = (await app.inject({ url: '/api/incidents' })).json();
    assert.ok(!list.incidents.some((i: ApiIncident) => i.id === ledger.ids.azaz));
    const stub = await detail(ledger.ids.azaz);
    assert.equal(stub.incident.mergedInto, ledger.ids.aleppo);
    const audit: ApiAuditList = (await app.inject({ url: `/api/audit?incident=${ledger.ids.aleppo}` })).json();
    assert.deepEqual(audit.entries.map((e) => [e.action, e.actor, e.incidentIds]), [['merge', 'alice', [ledger.ids.aleppo, ledger.ids.azaz]]]);
    const again = await write('POST', `/api/incidents/${ledger.ids.aleppo}/merge`, { from: ledger.ids.azaz });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.code, 'CONFLICT');
  });

  test('split moves the chosen reports into a new incident', async () => {
    const merged: ApiIncident = (await write('POST', `/api/incidents/${ledger.ids.aleppo}/merge`, { from: ledger.ids.azaz })).json();
    const azazReport = merged.reports.find((rep) => rep.document.sourceId === 'azaz-shells');
    const r = await write('POST', `/api/incidents/${ledger.ids.aleppo}/split`, { reportIds: [azazReport?.id] });
    assert.equal(r.statusCode, 200, r.body);
    const { remaining, created }: ApiSplitResult = r.json();
    assert.equal(remaining.reports.length, 1);
    assert.deepEqual(created.reports.map((rep) => rep.document.sourceId), ['azaz-shells']);
    assert.equal(created.casualties.killed?.best, 4);
    const d = await detail(created.id);
    assert.equal(d.audit[0].action, 'split');
    const all = await write('POST', `/api/incidents/${remaining.id}/split`, { reportIds: remaining.reports.map((rep) => rep.id) });
    assert.equal(all.statusCode, 409);
  });

  test('discounting a claim takes it out of the toll; restoring brings it back', async () => {
    const d = await detail(ledger.ids.mogadishu);
    const militants = d.incident.claims.find((c) => c.source.name === 'the militants');
    assert.equal(d.incident.casualties.killed?.high, 20);
    const r = await write('POST', `/api/claims/${militants?.id}/discount`, { reason: 'propaganda figure' });
    assert.equal(r.statusCode, 200, r.body);
    const discounted: ApiIncident = r.json();
    assert.deepEqual(discounted.casualties.killed, { low: 7, best: 7, high: 7 });
    assert.equal(discounted.claims.find((c) => c.id === militants?.id)?.discounted, 'propaganda figure');
    const restored: ApiIncident = (await write('POST', `/api/claims/${militants?.id}/restore`)).json();
    assert.equal(restored.casualties.killed?.high, 20);
    const audit = (await detail(ledger.ids.mogadishu)).audit;
    assert.deepEqual(audit.map((a) => [a.action, a.actor]), [['discount', 'alice'], ['restore', 'alice']]);
    const twice = await write('POST', `/api/claims/${militants?.id}/restore`);
    assert.equal(twice.statusCode, 409);
  });

  test('GET /api/audit pages through every review action in order', async () => {
    await write('POST', `/api/incidents/${ledger.ids.kabul}/confirm`);
    await write('POST', `/api/incidents/${ledger.ids.mogadishu}/confirm`);
    await write('PATCH', `/api/incidents/${ledger.ids.xss}`, { rule: 'minmax' });
    const first: ApiAuditList = (await app.inject({ url: '/api/audit?limit=2' })).json();
    assert.deepEqual(first.entries.map((e) => e.action), ['confirm', 'confirm']);
    assert.notEqual(first.next, null);
    const second: ApiAuditList = (await app.inject({ url: `/api/audit?limit=2&after=${first.next}` })).json();
    assert.deepEqual(second.entries.map((e) => [e.action, e.incidentIds]), [['edit', [ledger.ids.xss]]]);
    assert.equal(second.next, null);
  });
});

describe('bad review requests', () => {
  test('bodies that do not fit the schema are 400s naming the field', async () => {
    const id = ledger.ids.kabul;
    const cases: [string, unknown, string][] = [
      [`/api/incidents/${id}`, { location: { name: 'X', admin1: null, country: 'Y', countryCode: 'YY', lat: 91, lon: 0, precision: 'exact' } }, 'location.lat'],
      [`/api/incidents/${id}`, { actors: [{ name: 'A', role: 'hero' }] }, 'actors[0].role'],
      [`/api/incidents/${id}`, { colour: 'red' }, 'colour'],
      [`/api/incidents/${id}`, { rule: 'average' }, 'rule'],
      [`/api/incidents/${id}`, { subEventType: 'Picnic' }, 'subEventType'],
      [`/api/incidents/${id}`, { date: { start: '2025-03-02', end: '2025-03-01', precision: 'day' } }, 'date'],
    ];
    for (const [url, body, field] of cases) {
      const r = await write('PATCH', url, body);
      assert.equal(r.statusCode, 400, `${JSON.stringify(body)}: ${r.body}`);
      assert.equal(r.json().error.field, field, JSON.stringify(body));
    }
    const merge = await write('POST', `/api/incidents/${id}/merge`, {});
    assert.equal(merge.json().error.field, 'from');
    const split = await write('POST', `/api/incidents/${id}/split`, { reportIds: [] });
    assert.equal(split.json().error.field, 'reportIds');
    const discount = await write('POST', '/api/claims/1/discount', { reason: '' });
    assert.equal(discount.json().error.field, 'reason');
  });

  test('an empty patch, a malformed JSON body and missing targets are JSON errors', async () => {
    const empty = await write('PATCH', `/api/incidents/${ledger.ids.kabul}`, {});
    assert.equal(empty.statusCode, 400);
    const broken = await app.inject({ method: 'POST', url: `/api/incidents/${ledger.ids.kabul}/merge`, headers: { ...auth, 'content-type': 'application/json' }, payload: '{"from": ' });
    assert.equal(broken.statusCode, 400);
    assert.equal(broken.json().error.code, 'BAD_JSON');
    const gone = await write('POST', '/api/incidents/777/confirm');
    assert.equal(gone.statusCode, 404);
    const noClaim = await write('POST', '/api/claims/777/discount', { reason: 'x' });
    assert.equal(noClaim.statusCode, 404);
    const self = await write('POST', `/api/incidents/${ledger.ids.kabul}/merge`, { from: ledger.ids.kabul });
    assert.equal(self.statusCode, 409);
  });
});
