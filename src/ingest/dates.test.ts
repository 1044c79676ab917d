import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalIsoDate, normaliseDate } from './dates.js';

test('strict ISO dates must name real days and times', () => {
  assert.equal(canonicalIsoDate('2016-05-03'), '2016-05-03');
  assert.equal(canonicalIsoDate('2016-05-03T10:15Z'), '2016-05-03T10:15:00Z');
  assert.equal(canonicalIsoDate('2016-05-03T10:15:30.250-0430'), '2016-05-03T10:15:30.250-04:30');
  for (const bad of ['2016-13-01', '2016-04-31', '2100-02-29', '2016-05-03T24:00', '2016-5-3', '03/05/2016', '2016-05-03T10:15+25:00']) {
    assert.equal(canonicalIsoDate(bad), null, bad);
  }
});

test('feed and page dates are rewritten into ISO without the machine time zone', () => {
  assert.equal(normaliseDate('Tue, 03 May 2016 10:00:00 +0300'), '2016-05-03T10:00:00+03:00');
  assert.equal(normaliseDate('3 May 16 10:00 GMT'), '2016-05-03T10:00:00Z');
  assert.equal(normaliseDate('Wed, 04 May 2016 08:00:00 EST'), '2016-05-04T08:00:00-05:00');
  assert.equal(normaliseDate('May 3, 2016'), '2016-05-03');
  assert.equal(normaliseDate('3rd of September 2016'), '2016-09-03');
  assert.equal(normaliseDate('20160503T101500Z'), '2016-05-03T10:15:00Z');
  assert.equal(normaliseDate('2016-05-03 10:00:00 CEST'), '2016-05-03');
});

test('unreadable or impossible dates give null rather than a guess', () => {
  for (const bad of ['yesterday', '31 Feb 2016', 'Mayo 3, 2016', '', '2016']) assert.equal(normaliseDate(bad), null, bad);
});
