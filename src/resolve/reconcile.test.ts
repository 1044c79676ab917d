import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CODER_SOURCE, type Claim, type SourceKind } from '../core/types.js';
import { reconcile, reconcileKind } from './reconcile.js';

let at = 0;
function claim(min: number, max: number | null, source: string | null, extra: Partial<Claim> = {}, kind: SourceKind = 'unknown'): Claim {
  at += 10;
  return {
    kind: 'killed',
    min,
    max,
    qualifier: max === null ? 'at_least' : 'exact',
    victims: null,
    victimGroup: null,
    source: { name: source, kind, handle: null, date: null },
    quote: { start: at, end: at + 5, text: 'xxxxx' },
    ...extra,
  };
}

describe('reconcile', () => {
  it("a ministry figure and a monitor's 'more than' give a range with an open top under ucdp", () => {
    const claims = [claim(45, 45, 'Health Ministry', {}, 'government'), claim(61, null, 'Syrian Observatory for Human Rights', { qualifier: 'more_than' }, 'monitor')];
    assert.deepEqual(reconcileKind(claims, 'killed', 'ucdp'), { low: 45, best: 45, high: null });
  });

  it('"more than 60" counts as the 60 it writes in the toll, though the claim says 61 and up', () => {
    const claims = [claim(61, null, 'Observatory', { qualifier: 'more_than' })];
    assert.deepEqual(reconcileKind(claims, 'killed', 'ucdp'), { low: 60, best: 60, high: null });
    assert.deepEqual(reconcileKind(claims, 'killed', 'lowest'), { low: 60, best: 60, high: 60 });
  });

  it('when sources disagree one to one, the figure told first is the best estimate', () => {
    const claims = [claim(22, null, 'Observatory', { qualifier: 'at_least' }), claim(40, 40, null)];
    assert.deepEqual(reconcileKind(claims, 'killed', 'ucdp'), { low: 22, best: 22, high: 40 });
  });

  it("a coder's 'coded as 0' is a figure, not a 'no one was killed' that any report overrides", () => {
    const claims = [claim(1, 1, null), claim(0, 0, CODER_SOURCE, {}, 'monitor')];
    assert.deepEqual(reconcileKind(claims, 'killed', 'lowest'), { low: 0, best: 0, high: 0 });
    assert.equal(reconcileKind(claims, 'killed', 'minmax')?.low, 0);
    // A witness's "no one died" still yields to a reported death.
    const plain = [claim(1, 1, null), claim(0, 0, 'witness')];
    assert.deepEqual(reconcileKind(plain, 'killed', 'lowest'), { low: 1, best: 1, high: 1 });
  });

  it('shares a toll given across several attacks evenly, adding parts before rounding', () => {
    const parts = [claim(7, 7, null, { sharedBy: 2, additive: true, victimGroup: 'soldiers' }), claim(19, 19, null, { sharedBy: 2, additive: true, victimGroup: 'attackers' })];
    assert.deepEqual(reconcileKind(parts, 'killed', 'ucdp'), { low: 13, best: 13, high: 13 });
    // An open top stays open; a share of this attack's own figure from another source meets it as a share.
    assert.deepEqual(reconcileKind([claim(33, null, 'Police', { sharedBy: 4, qualifier: 'at_least' })], 'killed', 'ucdp'), { low: 8, best: 8, high: null });
    const mixed = [claim(10, 10, 'Police', { sharedBy: 2 }), claim(6, 6, 'Army')];
    assert.deepEqual(reconcileKind(mixed, 'killed', 'minmax'), { low: 5, best: 5, high: 6 });
  });

  it("under ACLED's rule a coder's note stands over the reports it was coded from; other rules still range over all", () => {
    const claims = [claim(6, 6, null), claim(8, 8, CODER_SOURCE, {}, 'monitor')];
    assert.deepEqual(reconcileKind(claims, 'killed', 'lowest'), { low: 8, best: 8, high: 8 });
    assert.deepEqual([reconcileKind(claims, 'killed', 'minmax')?.low, reconcileKind(claims, 'killed', 'minmax')?.high], [6, 8]);
  });

  it('minmax closes the range at the highest figure given, as Airwars does', () => {
    const claims = [claim(3, 3, 'A'), claim(7, 7, 'B'), claim(5, null, 'C', { qualifier: 'at_least' })];
    assert.deepEqual(reconcileKind(claims, 'killed', 'minmax'), { low: 3, best: 3, high: 7 });
  });

  it('lowest takes the most conservative figure', () => {
    const claims = [claim(45, 45, 'Ministry'), claim(61, null, 'Observatory', { qualifier: 'more_than' }), claim(31, null, 'Post', { qualifier: 'at_least' })];
    assert.deepEqual(reconcileKind(claims, 'killed', 'lowest'), { low: 31, best: 31, high: 31 });
  });

  it('lowest uses the fixed ACLED figure for a vague word when no source gives a number', () => {
    const claims = [claim(24, 99, 'TV', { qualifier: 'vague', vagueCodes: { acled: 12, airwars: { min: 12, max: 24 } } })];
    assert.deepEqual(reconcileKind(claims, 'killed', 'lowest'), { low: 12, best: 12, high: 12 });
  });

  it('minmax reads a vague word by the Airwars convention ("dozens" injured → 12–24)', () => {
    const claims = [claim(24, 99, 'Civil defence', { qualifier: 'vague', vagueCodes: { acled: 12, airwars: { min: 12, max: 24 } } })];
    assert.deepEqual(reconcileKind(claims, 'killed', 'minmax'), { low: 12, best: 12, high: 24 });
  });

  it('"dozens" next to written figures neither sets the range nor outvotes them', () => {
    const dozens = { qualifier: 'vague' as const, vagueCodes: { acled: 12, airwars: null } };
    const claims = [claim(24, 99, 'TV', dozens), claim(24, 99, 'Rescuers', dozens), claim(45, 45, 'Ministry'), claim(61, null, 'Observatory', { qualifier: 'more_than' })];
    assert.deepEqual(reconcileKind(claims, 'killed', 'ucdp'), { low: 45, best: 45, high: null });
  });

  it("an armed group's claim about its enemy's losses does not outvote the army's own figure", () => {
    const claims = [claim(15, 15, 'army', {}, 'government'), claim(20, 20, 'Al Shabaab', {}, 'armed_group')];
    assert.deepEqual(reconcileKind(claims, 'killed', 'ucdp'), { low: 15, best: 15, high: 20 });
  });

  it('"in addition to the bomber, six people were killed" counts the bomber too', () => {
    const claims = [claim(1, 1, null, { victimGroup: 'attackers' }), claim(6, 6, null, { victimGroup: 'people', additive: true })];
    assert.equal(reconcileKind(claims, 'killed', 'ucdp')!.best, 7);
  });

  it('a group listed with another and then restated alone is not counted twice', () => {
    const claims = [claim(12, 12, null, { victimGroup: 'soldiers' }), claim(5, 5, null, { victimGroup: 'civilians', additive: true }), claim(5, 5, null, { victimGroup: 'civilians' })];
    assert.equal(reconcileKind(claims, 'killed', 'ucdp')!.best, 17);
  });

  it('a named victim ("Hosni was killed") gives no toll when a source gives one', () => {
    const claims = [claim(1, 1, 'Post', { partial: true }), claim(6, 6, 'Ministry'), claim(1, 1, 'Ministry', { partial: true })];
    assert.deepEqual(reconcileKind(claims, 'killed', 'minmax'), { low: 6, best: 6, high: 6 });
    assert.deepEqual(reconcileKind([claim(1, 1, 'Post', { partial: true })], 'killed', 'minmax'), { low: 1, best: 1, high: 1 });
  });

  it('"a man and a woman were found dead" and "2 fatalities" are the same two people', () => {
    const claims = [claim(1, 1, null, { victimGroup: 'men' }), claim(1, 1, null, { victimGroup: 'women', additive: true }), claim(2, 2, null, { victimGroup: 'people' })];
    assert.equal(reconcileKind(claims, 'killed', 'lowest')!.best, 2);
  });

  it("a source's figure that the headline repeats is the best estimate", () => {
    const claims = [claim(22, null, null, { qualifier: 'at_least' }), claim(24, null, 'Observatory', { qualifier: 'at_least' })];
    assert.equal(reconcileKind(claims, 'killed', 'ucdp')!.best, 22);
    assert.equal(reconcileKind(claims, 'killed', 'ucdp', { headline: [24] })!.best, 24);
    assert.equal(reconcileKind(claims, 'killed', 'ucdp', { headline: [99] })!.best, 22, 'a headline figure no source gives changes nothing');
  });

  it('a later report that the toll has risen to 11 is the best estimate over the first report\'s 6', () => {
    const claims = [claim(6, null, 'Sahel Monitor', { qualifier: 'at_least' }), claim(11, 11, 'Malian army', { update: true })];
    assert.deepEqual(reconcileKind(claims, 'killed', 'ucdp'), { low: 6, best: 11, high: 11 });
  });

  it('complementary victim groups from one source add up', () => {
    const claims = [claim(12, 12, null, { victimGroup: 'soldiers', victims: 'soldiers' }), claim(5, 5, null, { victimGroup: 'civilians', victims: 'civilians', additive: true })];
    assert.deepEqual(reconcileKind(claims, 'killed', 'ucdp'), { low: 17, best: 17, high: 17 });
  });

  it('complementary groups named in separate sentences by the same source still add up', () => {
    const claims = [claim(4, 4, null, { victimGroup: 'soldiers' }), claim(5, 5, null, { victimGroup: 'attackers' })];
    assert.equal(reconcileKind(claims, 'killed', 'ucdp')!.best, 9);
  });

  it('a sub-group ("including 6 children") is not added to its whole', () => {
    const claims = [claim(16, 16, null, { victimGroup: 'people' }), claim(6, 6, null, { victimGroup: 'children', subgroupOf: 0 })];
    assert.deepEqual(reconcileKind(claims, 'killed', 'ucdp'), { low: 16, best: 16, high: 16 });
  });

  it('parts alone ("at least four children were among the dead") give an open lower bound', () => {
    const claims = [claim(4, 4, null, { victimGroup: 'children', subgroupOf: 5 })];
    assert.deepEqual(reconcileKind(claims, 'killed', 'ucdp'), { low: 4, best: 4, high: null });
  });

  it('a source that restates a higher toll has updated itself: its highest figure stands', () => {
    const claims = [claim(16, 16, 'Reuters'), claim(20, 20, 'Reuters')];
    assert.deepEqual(reconcileKind(claims, 'killed', 'ucdp'), { low: 20, best: 20, high: 20 });
  });

  it('"a further 3" adds to the same source\'s earlier count', () => {
    const claims = [claim(10, 10, null), claim(3, 3, null, { additive: true })];
    assert.equal(reconcileKind(claims, 'killed', 'ucdp')!.best, 13);
  });

  it('the figure most sources agree on is the best estimate', () => {
    const claims = [claim(10, 10, 'A'), claim(10, 10, 'B'), claim(14, 14, 'C')];
    assert.deepEqual(reconcileKind(claims, 'killed', 'ucdp'), { low: 10, best: 10, high: 14 });
  });

  it('"no one was killed" gives zero, but only when no source gives a positive figure', () => {
    assert.deepEqual(reconcileKind([claim(0, 0, null)], 'killed', 'ucdp'), { low: 0, best: 0, high: 0 });
    assert.equal(reconcileKind([claim(0, 0, 'A'), claim(2, 2, 'B')], 'killed', 'ucdp')!.best, 2);
  });

  it('discounted claims do not count, and no claim at all means null', () => {
    assert.equal(reconcileKind([claim(5, 5, 'A', { discounted: 'duplicate of another report' })], 'killed', 'ucdp'), null);
    assert.equal(reconcileKind([], 'injured', 'ucdp'), null);
  });

  it('killed and injured are reconciled separately and the rule is reported', () => {
    const result = reconcile([claim(2, 2, null), { ...claim(5, 5, null), kind: 'injured' }], 'minmax');
    assert.deepEqual(result, { killed: { low: 2, best: 2, high: 2 }, injured: { low: 5, best: 5, high: 5 }, rule: 'minmax' });
  });
});
