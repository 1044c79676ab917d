// The store test suite, run once per backend (store.sqlite.test.ts, store.postgres.test.ts): the same
// behaviour is required of both adapters.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../../src/core/types.js';
import type { LedgerStore } from '../../src/store/store.js';
import type { IngestItem, LedgerIncident, Store } from '../../src/store/types.js';
import { combinedTolls, report } from './build.js';
import { aleppoNearMisses, kabulWithBackground, kharkiv, marketStrike, mogadishuFollowUps, sahelAttack } from './texts.js';

/** Opens a fresh, empty store whose clock ticks one second per call from 2024-06-01T00:00:00Z. */
export type OpenFresh = () => Promise<LedgerStore & Store>;

export function tickingClock(): () => string {
  let n = 0;
  return () => new Date(Date.UTC(2024, 5, 1) + 1000 * n++).toISOString();
}

async function withStore(open: OpenFresh, fn: (store: LedgerStore & Store) => Promise<void>): Promise<void> {
  const store = await open();
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

async function ingestAll(store: Store, items: IngestItem[]) {
  const out = [];
  for (const item of items) out.push(...(await store.ingest([item])));
  return out;
}

const only = async (store: Store): Promise<LedgerIncident[]> => (await store.listIncidents({}, { limit: 100 })).incidents;

export function storeSuite(label: string, open: OpenFresh): void {
  describe(`store (${label})`, () => {
    it('stores a document with its incident, report, claims and actors, and tolls from reconcile', async () => {
      await withStore(open, async (store) => {
        const [outcome] = await store.ingest([marketStrike.crescent]);
        assert.equal(outcome.status, 'added');
        const [incident] = await only(store);
        assert.equal(incident.subEventType, 'Air/drone strike');
        assert.deepEqual(incident.date, { start: '2024-03-05', end: '2024-03-05', precision: 'day' });
        assert.equal(incident.location?.name, 'Aleppo');
        assert.equal(incident.location?.countryCode, 'SY');
        assert.deepEqual(incident.casualties, { killed: { low: 15, best: 15, high: 15 }, injured: { low: 30, best: 30, high: 30 }, rule: 'ucdp' });
        assert.equal(incident.claims.length, 2);
        assert.equal(incident.claims[0].quote.text, '15 people were killed');
        assert.equal(incident.claims[0].source.name, 'Civil Defence');
        assert.equal(incident.reports.length, 1);
        assert.equal(incident.reports[0].document.source, 'Daily Crescent');
        assert.equal(incident.reports[0].reasons.decision, 'new');
        assert.equal(incident.status, 'unreviewed');
        const doc = await store.getDocument(incident.reports[0].documentId);
        assert.equal(doc?.text, marketStrike.crescent.doc.text);
        assert.equal(doc?.canonicalUrl, 'https://crescent.example/2024/03/05/aleppo');
      });
    });

    it('adds nothing for the same text again, the same text re-spaced, or the same canonical URL', async () => {
      await withStore(open, async (store) => {
        await store.ingest([marketStrike.levant]);
        const before = await store.stats();
        const respaced: Doc = { ...marketStrike.levant.doc, id: 'other-id', url: undefined, text: marketStrike.levant.doc.text.replace(/ /g, '  ') };
        const sameUrl: Doc = { ...marketStrike.levant.doc, id: 'x', text: 'An updated text of the page.', url: 'https://LEVANTWIRE.example/news/market-strike?utm_medium=social' };
        const outcomes = await store.ingest([marketStrike.levant, { ...marketStrike.levant, doc: respaced }, { ...marketStrike.levant, doc: sameUrl }]);
        assert.deepEqual(outcomes.map((o) => o.status === 'duplicate' && o.by), ['hash', 'hash', 'url']);
        assert.deepEqual(await store.stats(), before);
        assert.deepEqual(await store.findDuplicate(sameUrl), { documentId: 1, by: 'url' });
        assert.equal(await store.findDuplicate({ id: 'n', text: 'something else entirely' }), null);
      });
    });

    it('a page skipped as a copy of a stored text stays a copy when it comes back with its text touched up', async () => {
      await withStore(open, async (store) => {
        // Syndication: the same text under another outlet's address adds nothing, and that address now stands
        // for the stored document, so the page fetched again (tracking parameters, an update line) is a copy too.
        const { doc } = marketStrike.levant;
        const copy: Doc = { ...doc, id: 'copy', source: 'Daily Crescent', url: 'https://crescent.example/wire/market-strike' };
        const again: Doc = { ...copy, id: 'again', url: `${copy.url}?utm_source=rss`, text: `${doc.text} (Updated.)` };
        const [stored] = await store.ingest([marketStrike.levant]);
        const documentId = stored.status === 'added' ? stored.documentId : -1;
        const before = await store.stats();
        const [first] = await store.ingest([{ ...marketStrike.levant, doc: copy }]);
        assert.deepEqual(first, { status: 'duplicate', documentId, by: 'hash' });
        assert.deepEqual(await store.findDuplicate(again), { documentId, by: 'url' });
        const [second] = await store.ingest([{ ...marketStrike.levant, doc: again }]);
        assert.deepEqual(second, { status: 'duplicate', documentId, by: 'url' });
        assert.deepEqual(await store.stats(), before);
      });
    });

    it('in one batch too: a copy by text, its page touched up and another copy add nothing', async () => {
      await withStore(open, async (store) => {
        const { doc } = marketStrike.levant;
        const copy: Doc = { ...doc, id: 'copy', url: 'https://crescent.example/wire/market-strike' };
        const again: Doc = { ...copy, id: 'again', url: `${copy.url}#top`, text: `${doc.text} (Updated.)` };
        const third: Doc = { ...copy, id: 'third', url: 'https://third.example/syndicated' };
        const items = [copy, again, third].map((d) => ({ ...marketStrike.levant, doc: d }));
        const outcomes = await store.ingest([marketStrike.levant, ...items]);
        assert.deepEqual(outcomes.map((o) => (o.status === 'duplicate' ? o.by : o.status)), ['added', 'hash', 'url', 'hash']);
        const documentId = outcomes[0].status === 'added' ? outcomes[0].documentId : -1;
        assert.deepEqual(outcomes.slice(1).map((o) => o.status === 'duplicate' && o.documentId), [documentId, documentId, documentId]);
        assert.equal((await store.stats()).documents, 1);
      });
    });

    it('merges the same strike told by two outlets into one incident with score, reasons and tolls from both', async () => {
      await withStore(open, async (store) => {
        const outcomes = await ingestAll(store, [marketStrike.levant, marketStrike.crescent]);
        assert.equal(outcomes[1].status, 'added');
        const incidents = await only(store);
        assert.equal(incidents.length, 1);
        const [incident] = incidents;
        assert.deepEqual(outcomes[1].status === 'added' && outcomes[1].merged, [incident.id]);
        assert.equal(incident.reports.length, 2);
        const link = incident.reports[1];
        assert.equal(link.reasons.decision, 'merged');
        assert.ok(link.score !== null && link.score >= 6, `score ${link.score}`);
        assert.ok(link.reasons.reasons.includes('same sub-event type Air/drone strike (+3)'));
        assert.ok(link.reasons.reasons.includes('same place Aleppo (+2)'));
        // ucdp: the Observatory says 12 and the civil defence 15: low 12, high 15, best as reconcile decides.
        assert.deepEqual([incident.casualties.killed?.low, incident.casualties.killed?.high], [12, 15]);
        assert.deepEqual(incident.casualties.killed, combinedTolls([marketStrike.levant, marketStrike.crescent]).killed);
        assert.deepEqual(incident.casualties.injured, { low: 30, best: 30, high: 30 });
        assert.deepEqual(incident.actors.map((a) => [a.name, a.role]), [['Military Forces of Russia', 'perpetrator']]);
        assert.equal(incident.claims.length, 3);
      });
    });

    it('keeps other attacks in the same city on the same day apart: other sub-type, other perpetrator, very different toll', async () => {
      await withStore(open, async (store) => {
        const outcomes = await ingestAll(store, [marketStrike.levant, aleppoNearMisses.smallStrike, aleppoNearMisses.carBomb, aleppoNearMisses.turkishDrone, marketStrike.crescent]);
        const incidents = await only(store);
        assert.equal(incidents.length, 4);
        assert.deepEqual(outcomes.map((o) => (o.status === 'added' ? [o.created.length, o.merged.length] : o.status)), [[1, 0], [1, 0], [1, 0], [1, 0], [0, 1]]);
        const turkish = incidents.find((i) => i.reports[0].document.sourceId === 'north-3') as LedgerIncident;
        assert.match(turkish.reports[0].reasons.reasons.join('; '), /conflicting perpetrators/);
        const small = incidents.find((i) => i.reports[0].document.sourceId === 'crescent-8') as LedgerIncident;
        assert.match(small.reports[0].reasons.reasons.join('; '), /very different killed tolls 2 and 12/);
        const market = incidents.find((i) => i.reports.length === 2) as LedgerIncident;
        assert.deepEqual(market.reports.map((r) => r.document.sourceId), ['levant-1', 'crescent-7']);
      });
    });

    it('records each rise of a toll in the history, in order, with the document that caused it', async () => {
      await withStore(open, async (store) => {
        const outcomes = await ingestAll(store, mogadishuFollowUps);
        const [incident] = await only(store);
        assert.equal(incident.reports.length, 3);
        const history = await store.tollHistory(incident.id);
        const docIds = outcomes.map((o) => (o.status === 'added' ? o.documentId : -1));
        assert.deepEqual(
          history.map((h) => [h.documentId, h.action, h.old.killed, h.new.killed]),
          [
            [docIds[0], 'report', null, { low: 8, best: 8, high: 8 }],
            // The police updated their own figure: their highest statement stands.
            [docIds[1], 'report', { low: 8, best: 8, high: 8 }, { low: 14, best: 14, high: 14 }],
            [docIds[2], 'report', { low: 14, best: 14, high: 14 }, combinedTolls(mogadishuFollowUps).killed],
          ],
        );
        assert.ok(history[0].at < history[1].at && history[1].at < history[2].at);
        assert.deepEqual([incident.casualties.killed?.low, incident.casualties.killed?.high], [14, 21]);
        assert.deepEqual(incident.casualties.killed, combinedTolls(mogadishuFollowUps).killed);
      });
    });

    it('joins a follow-up that names the town and a risen toll to an attack first placed only in the country, and keeps other fighting that day apart', async () => {
      await withStore(open, async (store) => {
        const outcomes = await ingestAll(store, [sahelAttack.first, sahelAttack.raid, sahelAttack.risen, sahelAttack.ambush]);
        assert.deepEqual(outcomes.map((o) => (o.status === 'added' ? [o.created.length, o.merged.length] : o.status)), [[1, 0], [1, 0], [0, 1], [1, 0]]);
        const incidents = await only(store);
        assert.equal(incidents.length, 3);
        const attack = incidents.find((i) => i.reports.length === 2) as LedgerIncident;
        assert.deepEqual(attack.reports.map((r) => r.document.sourceId), ['sahel-1', 'sahel-2']);
        const reasons = attack.reports[1].reasons.reasons;
        assert.ok(reasons.includes('perpetrators may agree: muslim extremists may be jnim: group for support of islam and muslims'), reasons.join('; '));
        assert.ok(reasons.includes('killed toll rose from 5 to 9, with update wording (+1)'), reasons.join('; '));
        // The town replaces the country, and the toll history shows the rise.
        assert.deepEqual([attack.location?.name, attack.location?.precision], ['Djibo', 'exact']);
        const history = await store.tollHistory(attack.id);
        assert.deepEqual(history.map((h) => h.new.killed?.best), [5, combinedTolls([sahelAttack.first, sahelAttack.risen]).killed?.best]);
        const raid = incidents.find((i) => i.reports[0].document.sourceId === 'sahel-3') as LedgerIncident;
        assert.match(raid.reports[0].reasons.reasons.join('; '), /conflicting perpetrators/);
        const ambush = incidents.find((i) => i.reports[0].document.sourceId === 'sahel-4') as LedgerIncident;
        assert.equal(ambush.reports[0].reasons.decision, 'new');
      });
    });

    it('keeps a toll given across several attacks as written, and recomputes the shared toll from the stored claim', async () => {
      await withStore(open, async (store) => {
        const text = 'Gunmen attacked a checkpoint in Aleppo on Tuesday, one of three related attacks that day. At least 12 attackers were killed across the three attacks, police said.';
        const doc: Doc = { id: 'shared-1', text, publishedAt: '2024-03-06', source: 'Levant Wire' };
        await store.ingest([report(doc, { type: 'attack', date: '2024-03-05', place: 'aleppo', claims: [{ n: 12, max: null, qualifier: 'at_least', quote: '12 attackers were killed across the three attacks', source: 'police', sharedBy: 3 }] })]);
        const [incident] = await only(store);
        assert.equal(incident.claims[0].min, 12);
        assert.equal(incident.claims[0].sharedBy, 3);
        assert.deepEqual(incident.casualties.killed, { low: 4, best: 4, high: null });
        // A review that recomputes tolls from the stored claims gives the same share.
        const edited = await store.edit(incident.id, { rule: 'lowest' }, 'ana');
        assert.deepEqual(edited.casualties.killed, { low: 4, best: 4, high: 4 });
      });
    });

    it('writes no history row when a report leaves the toll as it was', async () => {
      await withStore(open, async (store) => {
        await ingestAll(store, [kharkiv.day, kharkiv.month]);
        const [incident] = await only(store);
        assert.equal(incident.reports.length, 2);
        assert.equal((await store.tollHistory(incident.id)).length, 1);
      });
    });

    it('makes an incident\'s date finer when a later report is more precise', async () => {
      await withStore(open, async (store) => {
        await ingestAll(store, [kharkiv.month, kharkiv.day]);
        const [incident] = await only(store);
        assert.equal(incident.reports.length, 2);
        assert.deepEqual(incident.date, { start: '2024-03-14', end: '2024-03-14', precision: 'day' });
      });
    });

    it('keeps background incidents out of the ledger', async () => {
      await withStore(open, async (store) => {
        const [outcome] = await store.ingest([kabulWithBackground]);
        assert.deepEqual(outcome.status === 'added' && outcome.created.length, 1);
        const incidents = await only(store);
        assert.equal(incidents.length, 1);
        assert.equal(incidents[0].claims.length, 1);
        assert.equal(incidents[0].reports[0].extractedIndex, 0);
        assert.equal((await store.stats()).claims, 1);
      });
    });

    it('never joins two incidents of one document into one ledger incident', async () => {
      await withStore(open, async (store) => {
        const text = 'Two air strikes hit Aleppo on Tuesday. The first killed 4 people. The second killed 4 people.';
        const item = report({ id: 'twice', text, source: 'Wire' },
          { type: 'air_strike', date: '2024-03-05', place: 'aleppo', claims: [{ n: 4, quote: 'first killed 4 people' }] },
          { type: 'air_strike', date: '2024-03-05', place: 'aleppo', claims: [{ n: 4, quote: 'second killed 4 people' }] });
        const [outcome] = await store.ingest([item]);
        assert.deepEqual(outcome.status === 'added' && outcome.created.length, 2);
      });
    });

    it('stores a document whole or not at all: a failing document leaves no trace and the batch goes on', async () => {
      await withStore(open, async (store) => {
        const broken = structuredClone(marketStrike.crescent);
        // The second claim breaks a CHECK constraint after the document, incident and first claim were written.
        (broken.incidents[0].claims[1] as { kind: string }).kind = 'missing';
        const outcomes = await store.ingest([marketStrike.levant, broken, mogadishuFollowUps[0]]);
        assert.deepEqual(outcomes.map((o) => o.status), ['added', 'failed', 'added']);
        assert.equal(outcomes[1].status === 'failed' && outcomes[1].error.code, 'STORE_FAILED');
        assert.deepEqual(await store.stats(), { documents: 2, incidents: 2, reports: 2, claims: 2 });
        assert.equal(await store.findDuplicate(broken.doc), null);
        // Fixed, the same document goes in and merges.
        const [retry] = await store.ingest([marketStrike.crescent]);
        assert.deepEqual(retry.status === 'added' && retry.merged.length, 1);
      });
    });

    it('lists incidents a page at a time and filters by date, country, event type, bbox and status', async () => {
      await withStore(open, async (store) => {
        await ingestAll(store, [marketStrike.levant, aleppoNearMisses.carBomb, mogadishuFollowUps[0], kharkiv.day, kabulWithBackground]);
        const first = await store.listIncidents({}, { limit: 2 });
        assert.equal(first.incidents.length, 2);
        const second = await store.listIncidents({}, { after: first.next as number, limit: 10 });
        assert.equal(second.incidents.length, 3);
        assert.equal(second.next, null);
        const names = async (f: Parameters<Store['listIncidents']>[0]) => (await store.listIncidents(f)).incidents.map((i) => i.reports[0].document.sourceId);
        assert.deepEqual(await names({ countryCode: 'SY' }), ['levant-1', 'levant-2']);
        assert.deepEqual(await names({ from: '2024-03-09', to: '2024-03-14' }), ['horn-1', 'east-1']);
        assert.deepEqual(await names({ eventType: 'Explosions/Remote violence' }), ['levant-1', 'levant-2', 'horn-1', 'east-1']);
        assert.deepEqual(await names({ eventType: 'Remote explosive/landmine/IED' }), ['levant-2']);
        assert.deepEqual(await names({ bbox: [30, 30, 40, 55] }), ['levant-1', 'levant-2', 'east-1']);
        assert.deepEqual(await names({ status: 'confirmed' }), []);
        const all = [];
        for await (const i of store.incidents({}, 2)) all.push(i.id);
        assert.equal(all.length, 5);
      });
    });

    it('filters by sub-event type, part of an actor name, minimum killed and search words, and pages filtered lists', async () => {
      await withStore(open, async (store) => {
        await ingestAll(store, [marketStrike.levant, aleppoNearMisses.carBomb, mogadishuFollowUps[0], kharkiv.day, kabulWithBackground, marketStrike.crescent]);
        const names = async (f: Parameters<Store['listIncidents']>[0]) => (await store.listIncidents(f)).incidents.map((i) => i.reports[0].document.sourceId);
        assert.deepEqual(await names({ subEventType: 'Remote explosive/landmine/IED' }), ['levant-2']);
        assert.deepEqual(await names({ eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack' }), ['east-1']);
        assert.deepEqual(await names({ eventType: 'Battles', subEventType: 'Shelling/artillery/missile attack' }), []);
        assert.deepEqual(await names({ actor: 'RUSSIA' }), ['levant-1']);
        assert.deepEqual(await names({ actor: 'forces of' }), ['levant-1', 'levant-2']);
        // LIKE wildcards in the name are plain characters.
        assert.deepEqual(await names({ actor: 'f_rces' }), []);
        assert.deepEqual(await names({ minKilled: 5 }), ['levant-1', 'horn-1', 'east-1']);
        assert.deepEqual(await names({ minKilled: 13 }), []);
        assert.equal((await names({ minKilled: 0 })).length, 5);
        assert.deepEqual(await names({ q: 'observatory' }), ['levant-1']);
        assert.deepEqual(await names({ q: 'OBSERV civil' }), ['levant-1']);
        // A joining report's words find its incident: the second outlet cited the civil defence.
        assert.deepEqual(await names({ q: 'defence' }), ['levant-1']);
        assert.deepEqual(await names({ q: 'aleppo' }), ['levant-1', 'levant-2']);
        assert.deepEqual(await names({ q: 'mógadishu police' }), ['horn-1']);
        assert.deepEqual(await names({ q: 'police kabul' }), []);
        // Every word must begin a word of the incident: "orship" is inside "worshippers", not at its start.
        assert.deepEqual(await names({ q: 'worship' }), ['kabul-1']);
        assert.deepEqual(await names({ q: 'orship' }), []);
        assert.equal((await names({ q: ' ,;, ' })).length, 5);
        assert.deepEqual(await names({ q: 'aleppo', actor: 'syria', minKilled: 1 }), ['levant-2']);
        const first = await store.listIncidents({ q: 'aleppo' }, { limit: 1 });
        const second = await store.listIncidents({ q: 'aleppo' }, { after: first.next as number, limit: 1 });
        assert.deepEqual([first.incidents.length, second.incidents.length], [1, 1]);
        assert.notEqual(first.incidents[0].id, second.incidents[0].id);
      });
    });

    it('searches what an incident holds after a review: edited actors and place, merged and split reports', async () => {
      await withStore(open, async (store) => {
        await ingestAll(store, [marketStrike.levant, aleppoNearMisses.carBomb]);
        const [market, carBomb] = await only(store);
        const ids = async (f: Parameters<Store['listIncidents']>[0]) => (await store.listIncidents(f)).incidents.map((i) => i.id);
        await store.edit(market.id, {
          actors: [{ name: 'Military Forces of Turkey', role: 'perpetrator' }],
          location: { name: 'Azaz', admin1: 'Aleppo', country: 'Syria', countryCode: 'SY', lat: 36.5862, lon: 37.0463, precision: 'exact' },
        }, 'fay');
        assert.deepEqual(await ids({ actor: 'russia' }), []);
        assert.deepEqual(await ids({ actor: 'turkey' }), [market.id]);
        assert.deepEqual(await ids({ q: 'azaz' }), [market.id]);
        await store.merge(market.id, carBomb.id, 'fay');
        assert.deepEqual(await ids({ q: 'soldiers' }), [market.id]);
        const merged = await store.getIncident(market.id);
        const carBombReport = merged?.reports.find((r) => r.document.sourceId === 'levant-2');
        const { created } = await store.split(market.id, [carBombReport?.id as number], 'fay');
        assert.deepEqual(await ids({ q: 'soldiers' }), [created.id]);
        assert.deepEqual(await ids({ q: 'observatory' }), [market.id]);
      });
    });

    it('answers the incidents a document reports with its own claims, actors and place mention, following reviews', async () => {
      await withStore(open, async (store) => {
        const text = 'Two air strikes hit Aleppo on Tuesday. The first killed 4 people. The second killed 4 people.';
        const twice = report({ id: 'twice', text, source: 'Wire' },
          { type: 'air_strike', date: '2024-03-05', place: 'aleppo', claims: [{ n: 4, quote: 'first killed 4 people' }] },
          { type: 'air_strike', date: '2024-03-05', place: 'aleppo', claims: [{ n: 4, quote: 'second killed 4 people' }] });
        const outcomes = await ingestAll(store, [marketStrike.levant, marketStrike.crescent, twice]);
        const docId = (o: (typeof outcomes)[number]) => (o.status === 'added' ? o.documentId : -1);
        const [market] = await only(store);
        const levant = await store.documentIncidents(docId(outcomes[0]));
        assert.deepEqual(levant.map((d) => d.incidentId), [market.id]);
        const [levantReport] = levant[0].reports;
        assert.deepEqual(levantReport.claims.map((c) => c.quote.text), ['killing 12 civilians']);
        assert.deepEqual(levantReport.actors.map((a) => a.name), ['Military Forces of Russia']);
        const levantText = marketStrike.levant.doc.text;
        const mention = levantReport.location?.mention;
        assert.equal(mention && levantText.slice(mention.start, mention.end), 'Aleppo');
        // The merged incident holds both outlets' claims; each document answers only its own.
        const crescent = await store.documentIncidents(docId(outcomes[1]));
        assert.deepEqual(crescent[0].reports[0].claims.map((c) => c.quote.text), ['15 people were killed', '30 wounded']);
        assert.deepEqual(crescent[0].reports[0].actors, []);
        const both = await store.documentIncidents(docId(outcomes[2]));
        assert.equal(both.length, 2);
        assert.deepEqual(both.map((d) => d.reports[0].extractedIndex), [0, 1]);
        await store.merge(both[0].incidentId, both[1].incidentId, 'gil');
        const afterMerge = await store.documentIncidents(docId(outcomes[2]));
        assert.deepEqual(afterMerge.map((d) => [d.incidentId, d.reports.length]), [[both[0].incidentId, 2]]);
        assert.deepEqual(await store.documentIncidents(4242), []);
      });
    });

    it('confirms an incident with an audit entry holding the before and after', async () => {
      await withStore(open, async (store) => {
        await store.ingest([marketStrike.levant]);
        const [incident] = await only(store);
        const confirmed = await store.confirm(incident.id, 'alice');
        assert.equal(confirmed.status, 'confirmed');
        const [entry] = await store.auditLog({ incidentId: incident.id });
        assert.deepEqual([entry.actor, entry.action, entry.incidentIds], ['alice', 'confirm', [incident.id]]);
        assert.equal((entry.before as { status: string }).status, 'unreviewed');
        assert.equal((entry.after as { status: string }).status, 'confirmed');
      });
    });

    it('edits type, date, place, actors and rule; checks each field; and recomputes tolls under the new rule', async () => {
      await withStore(open, async (store) => {
        await ingestAll(store, [marketStrike.levant, marketStrike.crescent]);
        const [incident] = await only(store);
        await assert.rejects(store.edit(incident.id, { subEventType: 'Air strike' }, 'bob'), /not an ACLED sub-event type/);
        await assert.rejects(store.edit(incident.id, { date: { start: '2024-03-07', end: '2024-03-05', precision: 'day' } }, 'bob'), /is after end/);
        await assert.rejects(store.edit(incident.id, { rule: 'median' as never }, 'bob'), /must be one of/);
        await assert.rejects(store.edit(999, { rule: 'lowest' }, 'bob'), (e: { code?: string }) => e.code === 'NOT_FOUND');
        const edited = await store.edit(incident.id, {
          subEventType: 'Shelling/artillery/missile attack',
          date: { start: '2024-03-04', end: '2024-03-04', precision: 'day' },
          location: { name: 'Aleppo', admin1: 'Aleppo', country: 'Syria', countryCode: 'SY', lat: 36.25, lon: 37.5, precision: 'admin1' },
          actors: [{ name: 'Military Forces of Syria', role: 'perpetrator' }],
          rule: 'lowest',
        }, 'bob');
        assert.equal(edited.eventType, 'Explosions/Remote violence');
        assert.equal(edited.subEventType, 'Shelling/artillery/missile attack');
        assert.deepEqual([edited.location?.name, edited.location?.precision], ['Aleppo', 'admin1']);
        assert.deepEqual(edited.actors.map((a) => [a.name, a.role, a.documentId]), [['Military Forces of Syria', 'perpetrator', null]]);
        assert.deepEqual(edited.casualties.killed, { low: 12, best: 12, high: 12 });
        const history = await store.tollHistory(incident.id);
        const last = history[history.length - 1];
        const [audit] = await store.auditLog({ incidentId: incident.id });
        assert.deepEqual([last.action, last.auditId, last.rule, last.new.killed], ['edit', audit.id, 'lowest', { low: 12, best: 12, high: 12 }]);
        assert.equal((audit.before as { subEventType: string }).subEventType, 'Air/drone strike');
        assert.equal((audit.after as { rule: string }).rule, 'lowest');
        // An edited incident keeps its reviewed place when a more precise report comes in.
        const again = report({ id: 'late', text: 'Warplanes hit Azaz on Monday, killing 12 people.', source: 'Late Wire' },
          { type: 'shelling', date: '2024-03-04', place: 'azaz', claims: [{ n: 12, quote: 'killing 12 people' }] });
        await store.ingest([again]);
        const after = await store.getIncident(incident.id);
        assert.equal(after?.reports.length, 3);
        assert.deepEqual([after?.location?.name, after?.location?.precision], ['Aleppo', 'admin1']);
      });
    });

    it('merges two incidents: reports and claims move, the other points at the survivor, tolls recomputed', async () => {
      await withStore(open, async (store) => {
        await ingestAll(store, [marketStrike.levant, aleppoNearMisses.smallStrike]);
        const [a, b] = await only(store);
        await assert.rejects(store.merge(a.id, a.id, 'carol'), (e: { code?: string }) => e.code === 'CONFLICT');
        const merged = await store.merge(a.id, b.id, 'carol');
        assert.equal(merged.reports.length, 2);
        assert.equal(merged.claims.length, 2);
        assert.deepEqual(merged.casualties.killed, combinedTolls([marketStrike.levant, aleppoNearMisses.smallStrike]).killed);
        assert.deepEqual([merged.casualties.killed?.low, merged.casualties.killed?.high], [2, 12]);
        const stub = await store.getIncident(b.id);
        assert.equal(stub?.mergedInto, a.id);
        assert.equal(stub?.reports.length, 0);
        assert.deepEqual((await only(store)).map((i) => i.id), [a.id]);
        const history = await store.tollHistory(a.id);
        assert.equal(history[history.length - 1].action, 'merge');
        await assert.rejects(store.confirm(b.id, 'carol'), (e: { code?: string }) => e.code === 'CONFLICT');
        const [audit] = await store.auditLog({ incidentId: b.id });
        assert.deepEqual([audit.action, audit.incidentIds], ['merge', [a.id, b.id]]);
      });
    });

    it('splits chosen reports out into a new incident with its own tolls', async () => {
      await withStore(open, async (store) => {
        await ingestAll(store, [marketStrike.levant, marketStrike.crescent]);
        const [incident] = await only(store);
        const crescentReport = incident.reports[1].id;
        await assert.rejects(store.split(incident.id, incident.reports.map((r) => r.id), 'dan'), /at least one must stay/);
        await assert.rejects(store.split(incident.id, [12345], 'dan'), /is not a report of incident/);
        const { remaining, created } = await store.split(incident.id, [crescentReport], 'dan');
        assert.deepEqual(remaining.reports.map((r) => r.document.sourceId), ['levant-1']);
        assert.deepEqual(created.reports.map((r) => r.document.sourceId), ['crescent-7']);
        assert.equal(created.reports[0].reasons.decision, 'split');
        assert.deepEqual(remaining.casualties.killed, { low: 12, best: 12, high: 12 });
        assert.deepEqual(created.casualties.killed, { low: 15, best: 15, high: 15 });
        assert.deepEqual(remaining.actors.map((a) => a.name), ['Military Forces of Russia']);
        assert.deepEqual(created.actors, []);
        assert.equal(created.location?.name, 'Aleppo');
        assert.equal((await store.tollHistory(created.id))[0].action, 'split');
      });
    });

    it('discounts a claim out of the toll and restores it, each with history and audit', async () => {
      await withStore(open, async (store) => {
        await ingestAll(store, [marketStrike.levant, marketStrike.crescent]);
        const [incident] = await only(store);
        const observatory = incident.claims.find((c) => c.source.name === 'Syrian Observatory for Human Rights');
        assert.ok(observatory);
        await assert.rejects(store.discountClaim(observatory.id, '  ', 'erin'), /reason/);
        const discounted = await store.discountClaim(observatory.id, 'counts a different strike', 'erin');
        assert.deepEqual(discounted.casualties.killed, { low: 15, best: 15, high: 15 });
        assert.equal(discounted.claims.find((c) => c.id === observatory.id)?.discounted, 'counts a different strike');
        await assert.rejects(store.restoreClaim(discounted.claims[1].id, 'erin'), /is not discounted/);
        const restored = await store.restoreClaim(observatory.id, 'erin');
        assert.deepEqual(restored.casualties.killed, combinedTolls([marketStrike.levant, marketStrike.crescent]).killed);
        const actions = (await store.tollHistory(incident.id)).map((h) => h.action);
        assert.deepEqual(actions.slice(-2), ['discount', 'restore']);
        assert.deepEqual((await store.auditLog({ incidentId: incident.id })).map((a) => [a.action, a.actor]), [['discount', 'erin'], ['restore', 'erin']]);
        await assert.rejects(store.discountClaim(424242, 'x', 'erin'), (e: { code?: string }) => e.code === 'NOT_FOUND');
      });
    });

    it('keeps API tokens by hash and forgets revoked ones', async () => {
      await withStore(open, async (store) => {
        const hash = 'a'.repeat(64);
        const token = await store.createToken('analyst', hash);
        assert.equal(token.name, 'analyst');
        await assert.rejects(store.createToken('analyst', 'b'.repeat(64)), (e: { code?: string }) => e.code === 'CONFLICT');
        await assert.rejects(store.createToken('x', 'not-a-hash'), /sha256/);
        assert.equal((await store.findToken(hash))?.name, 'analyst');
        assert.equal(await store.revokeToken('analyst'), true);
        assert.equal(await store.findToken(hash), null);
        assert.equal(await store.revokeToken('analyst'), false);
        assert.equal((await store.listTokens())[0].revokedAt !== null, true);
      });
    });
  });
}
