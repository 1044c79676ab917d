// Big inputs that are legal (a text may have 2,000,000 characters) but shaped to find super-linear code: each
// call runs in a worker thread stopped after its budget, so a quadratic recogniser costs the suite only that
// budget. A linear implementation does each of these in well under a second of work per 100 KB.
// The inputs are sized so the quadratic code paths these tests found (now bounded; see below) took tens of
// seconds or more; a guard against a hang, not a speed target (speed is measured by npm run bench).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { callWithin } from './bounded.js';
import { repeatTo } from './texts.js';

const places = new URL('../../src/annotate/places.ts', import.meta.url).href;
const extractor = new URL('../../src/extract/index.ts', import.meta.url).href;
// Generous: the linear code takes 1–3 s for these on a quiet 2-core machine, the quadratic code took 60 s or more;
// a loaded machine (CI runners are shared) must not fail a linear implementation.
const BUDGET_MS = 20_000;

const gaveUp = (r: { ms: number; error?: string }, what: string) => `${what} gave up after ${Math.round(r.ms)} ms${r.error ? `: ${r.error}` : ''}`;

describe('big inputs in bounded time', () => {
  // readRun (src/annotate/places.ts) walks back (lo, tlo) and forward (thi) over the whole run of capitalised
  // words around each matched name with no bound, so a long run of names costs O(run length) per name:
  // 80 KB of them took 13 s here; 200 KB about 80 s. The walks now stop after MAX_RUN_TOKENS.
  test('findPlaces reads 200 KB of capitalised place names in one run within 20 s', { timeout: 60_000 }, async () => {
    const r = await callWithin(places, 'findPlaces', [repeatTo('Aleppo Kabul Said ', 200_000)], ['Shelling in Kabul.'], BUDGET_MS);
    assert.ok(r.done, gaveUp(r, 'findPlaces'));
  });

  // candidateScore (src/annotate/places.ts) compares each candidate of each mention with every city point
  // found so far (ev.points) until one is within 100 km, so a text naming one place thousands of times is
  // quadratic in its mentions: 100 KB took 7.4 s here, 50 KB 1.2 s. A town now supports at most twice
  // (addPoint) and at most MAX_SUPPORT_POINTS towns are kept.
  test('findPlaces reads 200 KB naming one city every 20 characters within 20 s', { timeout: 60_000 }, async () => {
    const r = await callWithin(places, 'findPlaces', [repeatTo('Kabul bomb kills 5 \u202E', 200_000)], ['Shelling in Kabul.'], BUDGET_MS);
    assert.ok(r.done, gaveUp(r, 'findPlaces'));
  });

  // triggerFor (src/extract/claims.ts) searches every casualty word of the sentence for each count, copying and
  // reversing the list each time (`before.find`, `[...after].reverse().find`), so one long sentence of counts
  // and casualty words is quadratic: 300 KB of "killed 12" took 64 s in findClaims here. Both lookups are now
  // binary searches, and namedPairClaims reads back at most NAMED_PAIR_REACH characters (it scanned the whole
  // sentence for a ';' before each casualty word): 400 KB now takes well under a second.
  test('extract reads a 400 KB sentence of casualty words and numbers within 20 s', { timeout: 60_000 }, async () => {
    const doc = { id: 'big', text: repeatTo('\u202Ekilled\u202C \u200F12\u200E ', 400_000), publishedAt: '2024-01-01' };
    const r = await callWithin(extractor, 'extract', [doc], [{ id: 'w', text: 'A bomb killed 3 people in Kabul.' }], BUDGET_MS);
    assert.ok(r.done, gaveUp(r, 'extract'));
  });

  test('the bound itself works: a linear input finishes within the budget and reports its result', { timeout: 60_000 }, async () => {
    const r = await callWithin(places, 'findPlaces', [repeatTo('shelling hit the market ', 200_000)], ['Shelling in Kabul.'], BUDGET_MS);
    assert.ok(r.done, gaveUp(r, 'findPlaces'));
    assert.equal(r.size, 0);
  });
});
