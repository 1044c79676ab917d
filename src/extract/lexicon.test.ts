import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileLexicon, longestFirst } from './lexicon.js';

describe('lexicon', () => {
  it('tries the longer of two alternatives first, whatever order the table gives', () => {
    const lex = compileLexicon([{ pattern: 'police(?:women|woman)?|police officers?', id: 'p' }]);
    const [m] = lex.matchAll('three police officers were hurt');
    assert.equal(m.text, 'police officers');
  });

  it('keeps bars inside groups and character classes intact when ordering alternatives', () => {
    assert.equal(longestFirst('q|[|x]yz|a(?:b|c)'), 'a(?:b|c)|[|x]yz|q');
  });

  it('matches on word boundaries only and reports spans and the entry', () => {
    const lex = compileLexicon([{ pattern: 'shell(?:s|ed|ing)?', code: 'shelling' }]);
    const text = 'Seashells aside, troops shelled the town.';
    const hits = lex.matchAll(text);
    assert.equal(hits.length, 1);
    assert.equal(text.slice(hits[0].start, hits[0].end), 'shelled');
    assert.equal(hits[0].entry.code, 'shelling');
  });

  it('searches only inside the range it is given', () => {
    const lex = compileLexicon([{ pattern: 'clash(?:es)?' }]);
    const text = 'clashes here. clashes there.';
    assert.deepEqual(lex.matchAll(text, 14).map((m) => m.start), [14]);
    assert.equal(lex.matchAll(text, 0, 12).length, 1);
  });
});
