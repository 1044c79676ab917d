// The web app's pure parts, run in node: which spans get marked in an article, the timeline's daily counts,
// and how tolls and claims read.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ApiClaim, ApiDocumentSpan, ApiIncident } from '../server/schemas.js';
import { claimFigure, tollText, touches } from './format.js';
import { chooseMarks } from './text-view.js';
import { dailyCounts } from './timeline.js';

const span = (kind: ApiDocumentSpan['kind'], start: number, end: number, claimId?: number): ApiDocumentSpan =>
  ({ kind, start, end, text: 'x'.repeat(end - start), incidentId: 1, label: kind, ...(claimId !== undefined ? { claimId } : {}) });

describe('chooseMarks', () => {
  test('the selected claim wins over an overlapping claim or actor, and marks come back in text order', () => {
    const spans = [span('claim', 10, 30, 1), span('claim', 20, 40, 2), span('actor', 35, 45), span('source', 0, 8, 2)];
    const marks = chooseMarks(spans, 2);
    assert.deepEqual(marks.map((m) => [m.role, m.span.start]), [['selected-source', 0], ['selected', 20]]);
  });

  test('without a selection claims come before actors and sources', () => {
    const marks = chooseMarks([span('source', 5, 15, 1), span('actor', 12, 20), span('claim', 18, 25, 1)], null);
    assert.deepEqual(marks.map((m) => m.role), ['source', 'claim']);
  });
});

const incident = (id: number, start: string, end: string, best: number | null): ApiIncident => ({
  id, eventType: 'Battles', subEventType: 'Armed clash', date: { start, end, precision: 'day' }, location: null, actors: [],
  casualties: { killed: best === null ? null : { low: best, best, high: best }, injured: null, rule: 'ucdp' }, claims: [], status: 'unreviewed',
  rule: 'ucdp', mergedInto: null, reports: [], createdAt: '', updatedAt: '',
});

describe('timeline counts', () => {
  test('incidents and best killed figures add up per first day, in day order', () => {
    const counts = dailyCounts([incident(1, '2025-03-02', '2025-03-02', 4), incident(2, '2025-03-01', '2025-03-03', null), incident(3, '2025-03-02', '2025-03-02', 6)]);
    assert.deepEqual(counts, [
      { day: '2025-03-01', incidents: 1, killed: 0 },
      { day: '2025-03-02', incidents: 2, killed: 10 },
    ]);
  });

  test('a range keeps incidents whose dates touch it', () => {
    const spanning = incident(1, '2025-03-01', '2025-03-03', 1);
    assert.equal(touches(spanning, '2025-03-03', '2025-03-09'), true);
    assert.equal(touches(spanning, '2025-03-04', '2025-03-09'), false);
  });
});

describe('how values read', () => {
  test('tolls show best with the low–high spread, or an open upper end', () => {
    assert.equal(tollText({ low: 30, best: 45, high: null }), '45 (30 or more)');
    assert.equal(tollText({ low: 12, best: 15, high: 20 }), '15 (12–20)');
    assert.equal(tollText({ low: 7, best: 7, high: 7 }), '7');
    assert.equal(tollText(null), 'none reported');
  });

  test('a claim reads as its qualifier and figure as the text wrote it', () => {
    const base = { kind: 'killed', max: null, victims: null } as const;
    assert.equal(claimFigure({ ...base, min: 61, qualifier: 'more_than' } as ApiClaim), 'more than 60 killed');
    assert.equal(claimFigure({ ...base, min: 4, qualifier: 'at_least' } as ApiClaim), 'at least 4 killed');
    assert.equal(claimFigure({ ...base, min: 5, max: 7, qualifier: 'range' } as ApiClaim), '5–7 killed');
    assert.equal(claimFigure({ ...base, min: 12, max: 12, qualifier: 'exact', sharedBy: 3 } as ApiClaim), '12 killed across 3 attacks');
  });
});
