import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type MergeView, MERGE_RULES, candidateSearch, cellOf, cellsAround, decideMerge, hasTollUpdateWording, reportView, scoreMatch } from './merge.js';
import { distanceKm } from '../annotate/gazetteer/geo.js';
import type { Incident } from '../core/types.js';

const ALEPPO = { name: 'Aleppo', lat: 36.2021, lon: 37.1343, precision: 'exact' as const, countryCode: 'SY', admin1: 'Aleppo', geonameId: 170063 };

function view(over: Partial<MergeView> = {}): MergeView {
  return {
    eventType: 'Explosions/Remote violence',
    subEventType: 'Air/drone strike',
    date: { start: '2024-03-05', end: '2024-03-05', precision: 'day' },
    location: ALEPPO,
    perpetrators: [],
    targets: [],
    killed: 12,
    tollUpdate: false,
    ...over,
  };
}
const incidentWith = (actors: [string, 'perpetrator' | 'target'][]): Incident => ({
  id: 'x', eventType: 'Protests', subEventType: 'Peaceful protest', date: { start: '2024-03-05', end: '2024-03-05', precision: 'day' },
  location: { ...ALEPPO, country: 'Syria', mention: null }, actors: actors.map(([name, role]) => ({ name, role, mention: null })),
  casualties: { killed: null, injured: null, rule: 'ucdp' }, claims: [], background: false,
});
const at = (lat: number, lon: number, precision: MergeView['location'] extends infer L ? (L extends { precision: infer P } ? P : never) : never = 'exact') =>
  ({ ...ALEPPO, name: 'elsewhere', geonameId: null, lat, lon, precision });

describe('scoreMatch', () => {
  it('scores the same sub-event, day and place above the threshold with a reason for each', () => {
    const s = scoreMatch(view(), view());
    assert.equal(s.veto, null);
    assert.ok(s.score >= MERGE_RULES.threshold);
    assert.deepEqual(s.reasons.slice(0, 3), ['same sub-event type Air/drone strike (+3)', 'same day 2024-03-05 (+2)', 'same place Aleppo (+2)']);
  });

  it('keeps an air strike and a shelling in the same city on the same day apart when nothing else ties them', () => {
    const s = scoreMatch(view({ subEventType: 'Shelling/artillery/missile attack', killed: 3 }), view());
    assert.equal(s.veto, null);
    assert.ok(s.score < MERGE_RULES.threshold, `score ${s.score}`);
  });

  it('lets a shared named perpetrator bring an air strike and a shelling report of one event together', () => {
    const s = scoreMatch(view({ subEventType: 'Shelling/artillery/missile attack', perpetrators: ['military forces of russia'] }), view({ perpetrators: ['military forces of russia'] }));
    assert.ok(s.score >= MERGE_RULES.threshold, `score ${s.score}`);
  });

  it('vetoes conflicting named perpetrators', () => {
    const s = scoreMatch(view({ perpetrators: ['islamic state'] }), view({ perpetrators: ['hayat tahrir al-sham'] }));
    assert.match(s.veto ?? '', /conflicting perpetrators/);
  });

  it('vetoes incompatible event types (a protest is not an air strike)', () => {
    const s = scoreMatch(view({ eventType: 'Protests', subEventType: 'Peaceful protest' }), view());
    assert.match(s.veto ?? '', /incompatible event types/);
  });

  it('allows day-precise dates one day apart and vetoes two days apart', () => {
    assert.equal(scoreMatch(view({ date: { start: '2024-03-06', end: '2024-03-06', precision: 'day' } }), view()).veto, null);
    assert.match(scoreMatch(view({ date: { start: '2024-03-07', end: '2024-03-07', precision: 'day' } }), view()).veto ?? '', /2 days apart/);
  });

  it('accepts a day inside a month-precise date and vetoes a day in the next month', () => {
    const month = { start: '2024-03-01', end: '2024-03-31', precision: 'month' as const };
    assert.equal(scoreMatch(view({ date: month }), view()).veto, null);
    assert.match(scoreMatch(view({ date: month }), view({ date: { start: '2024-04-02', end: '2024-04-02', precision: 'day' } })).veto ?? '', /do not overlap/);
  });

  it('allows exact places 8 km apart but vetoes 15 km; a near place may be 20 km away', () => {
    const eightKm = at(36.2021 + 8 / 111.2, 37.1343);
    const fifteenKm = at(36.2021 + 15 / 111.2, 37.1343);
    assert.ok(Math.abs(distanceKm(ALEPPO.lat, ALEPPO.lon, eightKm.lat, eightKm.lon) - 8) < 0.2);
    assert.equal(scoreMatch(view({ location: eightKm }), view()).veto, null);
    assert.match(scoreMatch(view({ location: fifteenKm }), view()).veto ?? '', /limit 10 km for exact/);
    assert.equal(scoreMatch(view({ location: at(36.2021 + 20 / 111.2, 37.1343, 'near') }), view()).veto, null);
  });

  it('compares admin1-precise places by region and vetoes another region', () => {
    const province = { ...ALEPPO, precision: 'admin1' as const, lat: 36.3, lon: 37.6, geonameId: null };
    assert.equal(scoreMatch(view({ location: province }), view()).veto, null);
    assert.match(scoreMatch(view({ location: { ...province, admin1: 'Idlib' } }), view()).veto ?? '', /different regions/);
  });

  it('penalises very different tolls unless a report says the toll rose', () => {
    const far = scoreMatch(view({ killed: 40 }), view({ killed: 2 }));
    assert.ok(far.score < MERGE_RULES.threshold && far.reasons.some((r) => r.startsWith('very different killed tolls 2 and 40')));
    const rose = scoreMatch(view({ killed: 40, tollUpdate: true }), view({ killed: 2 }));
    assert.ok(rose.score >= MERGE_RULES.threshold, `score ${rose.score}`);
  });

  it('penalises different named targets', () => {
    const s = scoreMatch(view({ targets: ['military forces of syria'], killed: null }), view({ targets: ['hayat tahrir al-sham'], killed: null }));
    assert.ok(s.score < MERGE_RULES.threshold && s.reasons.some((r) => r.startsWith('different targets')));
  });

  it('lets a description of the perpetrator stand for a named group of its kind, but not for state forces or another description', () => {
    const jihadists = view({ perpetrators: ['muslim extremists'] });
    const claimed = scoreMatch(view({ perpetrators: ['jnim: group for support of islam and muslims'] }), jihadists);
    assert.equal(claimed.veto, null);
    assert.ok(claimed.reasons.includes('perpetrators may agree: muslim extremists may be jnim: group for support of islam and muslims'), claimed.reasons.join('; '));
    assert.match(scoreMatch(view({ perpetrators: ['military forces of russia'] }), jihadists).veto ?? '', /conflicting perpetrators/);
    assert.match(scoreMatch(view({ perpetrators: ['hindu extremists'] }), jihadists).veto ?? '', /conflicting perpetrators/);
  });

  it('counts the generic names ACLED suffixes with a country ("Protesters (India)") as unnamed', () => {
    const s = scoreMatch(
      reportView(incidentWith([['Protesters (India)', 'perpetrator']]), ''),
      reportView(incidentWith([['Hindu extremists', 'perpetrator']]), ''),
    );
    assert.equal(s.veto, null);
  });

  it('gives a point to a new report whose update wording comes with a higher toll, and none to a lower or unworded one', () => {
    const rising = scoreMatch(view({ killed: 11, tollUpdate: true }), view({ killed: 6 }));
    assert.ok(rising.reasons.includes('killed toll rose from 6 to 11, with update wording (+1)'), rising.reasons.join('; '));
    const unworded = scoreMatch(view({ killed: 11 }), view({ killed: 6 }));
    assert.equal(unworded.score, rising.score - 1);
    // The incident's earlier update does not vouch for a new, lower figure.
    const stale = scoreMatch(view({ killed: 3 }), view({ killed: 9, tollUpdate: true }));
    assert.equal(stale.reasons.some((r) => r.startsWith('killed toll rose')), false);
  });

  it('merges a country-placed report with a follow-up placed in a region of it on sub-event, day and a risen toll, not on sub-event and day alone', () => {
    const country = { name: 'Burkina Faso', lat: 12.37, lon: -1.52, precision: 'country' as const, countryCode: 'BF', admin1: null, geonameId: null };
    const region = { name: 'Sahel', lat: 14.04, lon: -0.03, precision: 'admin1' as const, countryCode: 'BF', admin1: 'Sahel', geonameId: null };
    const first = view({ eventType: 'Battles', subEventType: 'Armed clash', location: country, killed: 5, perpetrators: ['muslim extremists'] });
    const followUp = view({ eventType: 'Battles', subEventType: 'Armed clash', location: region, killed: 9, tollUpdate: true, perpetrators: ['jnim: group for support of islam and muslims'] });
    const s = scoreMatch(followUp, first);
    assert.equal(s.veto, null);
    assert.ok(s.score >= MERGE_RULES.threshold, s.reasons.join('; '));
    assert.ok(scoreMatch({ ...followUp, tollUpdate: false }, first).score < MERGE_RULES.threshold);
    assert.match(scoreMatch({ ...followUp, location: { ...country, countryCode: 'ML', name: 'Mali' } }, first).veto ?? '', /different countries/);
  });

  it('vetoes a pair when a date or a place is unknown', () => {
    assert.match(scoreMatch(view({ date: null }), view()).veto ?? '', /date is unknown/);
    assert.match(scoreMatch(view({ location: null }), view()).veto ?? '', /place is unknown/);
  });
});

describe('decideMerge', () => {
  it('joins the best candidate, reports the nearest miss otherwise, and skips excluded ones', () => {
    const candidates = [
      { id: 7, view: view({ subEventType: 'Shelling/artillery/missile attack', killed: 3 }) },
      { id: 9, view: view() },
    ];
    assert.deepEqual(decideMerge(view(), candidates).into, 9);
    const miss = decideMerge(view(), candidates, new Set([9]));
    assert.equal(miss.into, null);
    assert.equal(miss.candidate, 7);
    assert.equal(decideMerge(view(), []).score, null);
  });

  it('breaks a tie in favour of the older incident', () => {
    assert.equal(decideMerge(view(), [{ id: 5, view: view() }, { id: 3, view: view() }]).into, 3);
  });
});

describe('toll update wording', () => {
  it('recognises "the death toll rose to" and "later died of their wounds" but not a plain toll', () => {
    assert.ok(hasTollUpdateWording('The death toll from the blast has risen to 20.'));
    assert.ok(hasTollUpdateWording('Two of the injured later died of their wounds.'));
    assert.ok(hasTollUpdateWording('Twelve people have now been killed, after three of the wounded died in hospital.'));
    assert.ok(!hasTollUpdateWording('The blast killed 20 people and wounded 30.'));
  });

  it('reads it from an incident\'s evidence and claims', () => {
    const text = 'A strike hit Aleppo. The toll rose to 20 on Wednesday.';
    const incident = {
      id: 'x', eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike', date: null, location: null, actors: [],
      casualties: { killed: null, injured: null, rule: 'ucdp' as const }, claims: [], background: false, evidence: [{ start: 21, end: text.length }],
    };
    assert.equal(reportView(incident, text).tollUpdate, true);
    assert.equal(reportView({ ...incident, evidence: [{ start: 0, end: 20 }] }, text).tollUpdate, false);
  });
});

describe('candidate lookup', () => {
  it('covers every cell within the search radius, wrapping at the antimeridian', () => {
    const cells = cellsAround(ALEPPO.lat, ALEPPO.lon, MERGE_RULES.searchRadiusKm);
    for (const [dLat, dLon] of [[0.44, 0], [-0.44, 0], [0, 0.55], [0, -0.55], [0.3, 0.4]]) {
      assert.ok(cells.includes(cellOf(ALEPPO.lat + dLat, ALEPPO.lon + dLon)), `cell at +${dLat},+${dLon}`);
    }
    assert.ok(cells.length <= 16, `${cells.length} cells`);
    const dateline = cellsAround(-16.85, 179.95, 50);
    assert.ok(dateline.includes(cellOf(-16.85, -179.8)));
  });

  it('reaches back a month plus a day for month-long incidents and skips year-precise reports', () => {
    const s = candidateSearch(view());
    assert.deepEqual([s?.startFrom, s?.startTo, s?.endFrom], ['2024-02-03', '2024-03-06', '2024-03-04']);
    assert.equal(candidateSearch(view({ date: { start: '2024-01-01', end: '2024-12-31', precision: 'year' } })), null);
  });

  it('looks for fine incidents by cell plus region- and country-placed ones of the same region and country', () => {
    const fine = candidateSearch(view());
    assert.deepEqual([fine?.cells.length !== 0, fine?.regionLevel, fine?.countryLevel, fine?.region, fine?.wholeCountry], [true, 'Aleppo', true, null, false]);
  });

  it('searches regions by name for admin1-precise reports and whole countries for country-precise ones', () => {
    const region = candidateSearch(view({ location: { ...ALEPPO, precision: 'admin1' } }));
    assert.deepEqual([region?.cells.length, region?.region, region?.countryLevel, region?.wholeCountry], [0, 'Aleppo', true, false]);
    assert.equal(candidateSearch(view({ location: { ...ALEPPO, precision: 'country', admin1: null } }))?.wholeCountry, true);
  });
});
