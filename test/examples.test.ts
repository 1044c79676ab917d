// The sample articles in examples/ (written for sitrep) each exercise one thing the extractor must get right.
// These tests pin what each one must produce.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Claim, Doc, Incident } from '../src/core/types.js';
import { extract } from '../src/extract/index.js';

const docs: Doc[] = readFileSync(new URL('../examples/articles.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const byId = new Map(docs.map((d) => [d.id, d]));
const run = (id: string, rule: 'ucdp' | 'lowest' | 'minmax' = 'ucdp'): Incident[] => extract(byId.get(id)!, { rule }).incidents;
const claimBy = (inc: Incident, pred: (c: Claim) => boolean): Claim => {
  const c = inc.claims.find(pred);
  assert.ok(c, `no claim matches in ${JSON.stringify(inc.claims.map((x) => x.quote.text))}`);
  return c;
};

describe('examples', () => {
  it('every claim quote is the exact text at its span, in every example', () => {
    for (const d of docs) {
      for (const inc of extract(d).incidents) {
        for (const c of inc.claims) assert.equal(d.text.slice(c.quote.start, c.quote.end), c.quote.text, d.id);
        for (const a of inc.actors) if (a.mention) assert.ok(a.mention.end <= d.text.length);
      }
    }
  });

  it('idlib-market-strike: four sources disagree, each keeps its own claim, and the toll is a range', () => {
    const [inc] = run('idlib-market-strike');
    assert.equal(inc.subEventType, 'Air/drone strike');
    assert.deepEqual(inc.date, { start: '2025-03-13', end: '2025-03-13', precision: 'day' });
    assert.equal(inc.location?.countryCode, 'SY');
    assert.equal(inc.location?.admin1, 'Idlib');
    const ministry = claimBy(inc, (c) => c.kind === 'killed' && c.min === 45);
    assert.equal(ministry.source.kind, 'government');
    assert.equal(claimBy(inc, (c) => c.kind === 'injured').min, 120);
    const monitor = claimBy(inc, (c) => c.qualifier === 'more_than' && c.min === 61);
    assert.equal(monitor.source.name, 'Syrian Observatory for Human Rights');
    const children = claimBy(inc, (c) => c.victims === 'children');
    assert.equal(inc.claims[children.subgroupOf!], monitor, 'the children are a part of the monitor\'s toll');
    const post = claimBy(inc, (c) => c.source.kind === 'social');
    assert.deepEqual([post.source.name, post.source.handle, post.source.date], ['Hadi Saleh', '@hadi_reports', '2025-03-13']);
    const tv = claimBy(inc, (c) => c.qualifier === 'vague');
    assert.equal(tv.source.kind === 'media' || tv.source.kind === 'witness', true);
    const killed = inc.casualties.killed!;
    assert.equal(killed.best, 45);
    assert.equal(killed.high, null, 'the monitor gave only a lower bound');
    assert.ok(killed.low <= 45);
  });

  it('tal-afar-bombing-retaliation: the bombing and the retaliation are two incidents with their own dates and actors', () => {
    const [bombing, retaliation] = run('tal-afar-bombing-retaliation');
    assert.equal(bombing.subEventType, 'Remote explosive/landmine/IED');
    assert.equal(bombing.location?.countryCode, 'IQ');
    assert.equal(bombing.date?.start, '2025-04-04');
    assert.deepEqual([bombing.casualties.killed?.best, bombing.casualties.injured?.best], [9, 23]);
    assert.ok(bombing.actors.some((a) => a.name === 'Islamic State' && a.role === 'perpetrator'));
    assert.ok(retaliation, 'a second incident');
    assert.equal(retaliation.eventType, 'Explosions/Remote violence');
    assert.equal(retaliation.casualties.killed?.best, 14);
    // Its villages are not in the gazetteer: it is placed in the article's country, at country precision.
    assert.deepEqual([retaliation.location?.countryCode, retaliation.location?.precision], ['IQ', 'country']);
    assert.ok(retaliation.date!.start >= '2025-04-04' && retaliation.date!.end <= '2025-04-05');
    assert.ok(retaliation.actors.some((a) => a.name === 'Military Forces of Iraq' && a.role === 'perpetrator'));
    assert.ok(retaliation.actors.some((a) => a.name === 'International Coalition' && a.role === 'perpetrator'), 'the ally in coordination');
  });

  it('kandahar-background: the province\'s yearly toll is background, not this bombing\'s toll', () => {
    const incidents = run('kandahar-background');
    assert.equal(incidents[0].background, false);
    assert.equal(incidents[0].casualties.killed?.best, 3);
    assert.equal(incidents[0].location?.admin1, 'Kandahar');
    assert.ok(incidents.slice(1).every((i) => i.background), 'history comes after, marked background');
    assert.ok(!incidents[0].claims.some((c) => c.min >= 200));
  });

  it('khartoum-protest: a peaceful protest with "no injuries"', () => {
    const [inc] = run('khartoum-protest');
    assert.deepEqual([inc.eventType, inc.subEventType], ['Protests', 'Peaceful protest']);
    assert.equal(inc.location?.name, 'Khartoum');
    assert.deepEqual(inc.casualties.injured, { low: 0, best: 0, high: 0 });
    assert.equal(inc.casualties.killed, null);
    assert.ok(inc.actors.some((a) => a.name === 'Protesters (Sudan)'));
  });

  it('zamfara-abduction: an abduction by unidentified gunmen, who stay unnamed', () => {
    const [inc] = run('zamfara-abduction');
    assert.equal(inc.subEventType, 'Abduction/forced disappearance');
    assert.equal(inc.location?.countryCode, 'NG');
    assert.equal(inc.location?.admin1, 'Zamfara');
    const perpetrators = inc.actors.filter((a) => a.role === 'perpetrator');
    assert.deepEqual(perpetrators.map((a) => a.name), ['Unidentified Armed Group (Nigeria)']);
    assert.equal(inc.casualties.killed?.best, 1, 'the guard shot dead');
  });

  it("mogadishu-clash: both sides' losses add up; the armed group's claim widens the range but does not set the best", () => {
    const [inc] = run('mogadishu-clash');
    assert.equal(inc.subEventType, 'Armed clash');
    assert.deepEqual(inc.casualties.killed, { low: 15, best: 15, high: 20 });
    assert.equal(claimBy(inc, (c) => c.min === 20).source.kind, 'armed_group');
    assert.ok(inc.actors.some((a) => a.name === 'Al Shabaab'));
    assert.ok(inc.actors.some((a) => a.name === 'Military Forces of Somalia'));
  });

  it('aleppo-shelling-children: children and women are parts of the 12, not added to it', () => {
    const [inc] = run('aleppo-shelling-children');
    assert.equal(inc.subEventType, 'Shelling/artillery/missile attack');
    assert.equal(inc.casualties.killed?.best, 12);
    const whole = claimBy(inc, (c) => c.min === 12);
    assert.equal(whole.source.name, 'SANA');
    const children = claimBy(inc, (c) => c.victims === 'children');
    assert.equal(inc.claims[children.subgroupOf!], whole);
    assert.ok(inc.actors.some((a) => a.role === 'perpetrator' && /rebel/i.test(a.name)));
  });

  it('no-incident-talks: an article about talks has no incident', () => {
    assert.deepEqual(run('no-incident-talks'), []);
  });

  it('ariha-translit: "Areeha" in "Idleb" is Ariha in Idlib governorate', () => {
    const [inc] = run('ariha-translit');
    assert.equal(inc.location?.admin1, 'Idlib');
    assert.ok(/ar[iī][hḩ][aā]/i.test(inc.location!.name), inc.location!.name);
    assert.equal(inc.location?.precision, 'near');
    assert.equal(inc.casualties.killed?.best, 2);
  });

  it('deir-ez-zor-arrests: detentions by the SDF, no casualties', () => {
    const [inc] = run('deir-ez-zor-arrests');
    // ACLED codes detentions by a non-state group as abductions, the SDF's included ("QSD ... detained").
    assert.equal(inc.subEventType, 'Abduction/forced disappearance');
    assert.equal(inc.location?.admin1, 'Deir ez-Zor');
    assert.ok(inc.actors.some((a) => a.name === 'Syrian Democratic Forces' && a.role === 'perpetrator'));
    assert.deepEqual([inc.casualties.killed, inc.casualties.injured], [null, null]);
  });

  it('mali-attack-report-1 and -2: the same attack; the follow-up dates it by "Wednesday\'s attack" and raises the toll', () => {
    const [first] = run('mali-attack-report-1');
    const [second] = run('mali-attack-report-2');
    assert.equal(first.location?.countryCode, 'ML');
    assert.equal(second.location?.countryCode, 'ML');
    assert.equal(first.date?.start, '2025-07-02');
    assert.equal(second.date?.start, '2025-07-02');
    assert.equal(first.casualties.killed?.low, 6);
    assert.equal(second.casualties.killed?.best, 11);
  });

  it('gaza-strike-airwars-style: a range and a later figure give the min-max range; "dozens" injured follows the Airwars convention', () => {
    const [inc] = run('gaza-strike-airwars-style', 'minmax');
    assert.deepEqual([inc.casualties.killed?.low, inc.casualties.killed?.high], [5, 8]);
    assert.deepEqual([inc.casualties.injured?.low, inc.casualties.injured?.high], [12, 24]);
    const [lowest] = run('gaza-strike-airwars-style', 'lowest');
    assert.equal(lowest.casualties.killed?.best, 5);
  });
});
