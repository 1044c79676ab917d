// GET /api/documents/:id answered from the document's own reports: the place each report named is a span,
// and a document's spans never include another outlet's claims about the same incident.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { marketStrike } from '../../../test/ledger/texts.js';
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/types.js';
import { build } from '../app.js';
import type { ApiDocument } from '../schemas.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-documents-'));
let store: Store;
let app: FastifyInstance;
const documentIds: number[] = [];

before(async () => {
  store = await openStore(join(dir, 'ledger.db'));
  for (const item of [marketStrike.levant, marketStrike.crescent]) {
    const [outcome] = await store.ingest([item]);
    if (outcome.status === 'added') documentIds.push(outcome.documentId);
  }
  app = await build({ store });
});
after(async () => {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (url: string): Promise<ApiDocument> => {
  const r = await app.inject({ url });
  assert.equal(r.statusCode, 200, r.body);
  return r.json();
};

describe('GET /api/documents/:id spans', () => {
  test('marks where each report named the place, even once the incident has several reports', async () => {
    const [levant, crescent] = await Promise.all(documentIds.map((id) => get(`/api/documents/${id}`)));
    assert.deepEqual(levant.incidentIds, crescent.incidentIds);
    for (const doc of [levant, crescent]) {
      const place = doc.spans.filter((s) => s.kind === 'location');
      assert.deepEqual(place.map((s) => [s.text, s.label]), [['Aleppo', 'place: Aleppo']]);
      assert.equal(doc.text.slice(place[0].start, place[0].end), 'Aleppo');
    }
  });

  test('gives only the claims and actors of the document asked for', async () => {
    const crescent = await get(`/api/documents/${documentIds[1]}`);
    assert.deepEqual(crescent.spans.filter((s) => s.kind === 'claim').map((s) => s.text), ['15 people were killed', '30 wounded']);
    assert.deepEqual(crescent.spans.filter((s) => s.kind === 'actor'), []);
    const levant = await get(`/api/documents/${documentIds[0]}?incident=${crescent.incidentIds[0]}`);
    assert.deepEqual(levant.spans.filter((s) => s.kind !== 'location').map((s) => [s.kind, s.text]), [['claim', 'killing 12 civilians']]);
  });
});
