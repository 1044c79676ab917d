import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { SitrepError } from '../core/errors.js';
import { type InputItem, type InputOptions, readInputs } from './index.js';

let dir: string;

const ARTICLE = `<html><head><meta property="og:title" content="Market fire"><meta property="article:published_time" content="2020-02-02"></head>
<body><nav>Home | World</nav><article><p>A fire destroyed part of the central market overnight, the civil defence said.</p></article><footer>(c) Site</footer></body></html>`;

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>
<item><title>One</title><link>https://wire.example/1?utm_source=rss</link><description>First story text.</description></item>
<item><title>No text</title></item>
</channel></rss>`;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-ingest-'));
  await writeFile(join(dir, 'a.jsonl'), '{"id":"j1","text":"first"}\n{"id":"j2"}\n\n{"id":"j3","text":"third"}\n');
  await mkdir(join(dir, 'notes'));
  await writeFile(join(dir, 'notes', 'b.txt'), 'A plain note.\n');
  await writeFile(join(dir, 'notes', 'empty.txt'), '');
  await writeFile(join(dir, 'c.md'), '# Heading\n\nMarkdown body.');
  await writeFile(join(dir, 'd.html'), ARTICLE);
  await writeFile(join(dir, 'e.xml'), RSS);
  await writeFile(join(dir, 'f.json'), JSON.stringify([{ id: 'arr1', text: 'array item' }, { id: 'arr2', text: 5 }]));
  await writeFile(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
  await writeFile(join(dir, '.hidden.txt'), 'skipped');
  await mkdir(join(dir, 'loop'));
  await symlink(dir, join(dir, 'loop', 'back')); // a directory cycle the walk must not follow
  await writeFile(join(dir, 'noext'), '{"id":"sniffed","text":"json lines without an extension"}\n');
  await writeFile(join(dir, 'binary.jsonl'), Buffer.from([0x7b, 0, 0, 0, 0x0a, 0, 1, 2]));
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const collect = async (target: string, opts: InputOptions = {}): Promise<InputItem[]> => {
  const out: InputItem[] = [];
  for await (const item of readInputs(target, opts)) out.push(item);
  return out;
};

const summary = (items: InputItem[]): string[] =>
  items.map((i) => ('doc' in i ? `doc ${i.doc.id}` : `error ${i.error.code} ${i.error.message}`));

test('a directory is walked in name order, each file read by its extension, bad items reported in place', async () => {
  const items = await collect(dir);
  assert.deepEqual(summary(items), [
    'doc j1',
    'error BAD_DOCUMENT a.jsonl: line 2: missing "text"',
    'doc j3',
    'error NOT_TEXT binary.jsonl: is not JSON Lines: contains NUL bytes',
    'doc c.md',
    'doc d.html',
    'doc https://wire.example/1',
    'error BAD_DOCUMENT e.xml#2: feed item has no text',
    'doc arr1',
    'error BAD_DOCUMENT f.json item 2: "text" must be a string, got number',
    'doc notes/b.txt',
    'error BAD_DOCUMENT notes/empty.txt: is empty',
  ]);
});

test('items say where they came from: file and line, the id of a bad line, the item link', async () => {
  const items = await collect(dir);
  assert.deepEqual([items[1].origin, items[1].line, items[1].id], ['a.jsonl:2', 2, 'j2']);
  const html = items.find((i) => 'doc' in i && i.doc.id === 'd.html');
  assert.ok(html && 'doc' in html);
  assert.deepEqual(html.doc, { id: 'd.html', text: 'A fire destroyed part of the central market overnight, the civil defence said.', title: 'Market fire', publishedAt: '2020-02-02' });
  const md = items.find((i) => 'doc' in i && i.doc.id === 'c.md');
  assert.ok(md && 'doc' in md && md.doc.title === 'Heading');
  const feed = items.find((i) => 'doc' in i && i.doc.id === 'https://wire.example/1');
  assert.ok(feed && 'doc' in feed);
  assert.equal(feed.origin, 'https://wire.example/1?utm_source=rss');
  assert.equal(feed.doc.source, 'Local Wire');
});

test('a single file is read by its extension, by sniffing when it has none, or as format says; its id is its name', async () => {
  assert.deepEqual(summary(await collect(join(dir, 'notes', 'b.txt'))), ['doc b.txt']);
  assert.deepEqual(summary(await collect(join(dir, 'noext'))), ['doc sniffed']);
  assert.deepEqual(summary(await collect(join(dir, 'a.jsonl'))), ['doc j1', 'error BAD_DOCUMENT line 2: missing "text"', 'doc j3']);
  const forced = summary(await collect(join(dir, 'notes', 'b.txt'), { format: 'jsonl' }));
  assert.equal(forced.length, 1);
  assert.match(forced[0], /^error BAD_JSON line 1: not valid JSON \(/);
});

test('"-" reads JSON Lines from stdin, or one text document with format text', async () => {
  const lines = await collect('-', { stdin: Readable.from(['{"id":"s1","text":"from stdin"}\n', 'oops\n']) });
  const [good, bad] = summary(lines);
  assert.equal(lines.length, 2);
  assert.equal(good, 'doc s1');
  assert.match(bad, /^error BAD_JSON line 2: not valid JSON \(/);
  assert.deepEqual(summary(await collect('-', { stdin: Readable.from(['plain words']), format: 'text' })), ['doc stdin']);
});

test('a missing target makes the iteration throw UNREADABLE_FILE', async () => {
  await assert.rejects(collect(join(dir, 'nope.jsonl')), (e: unknown) => e instanceof SitrepError && e.code === 'UNREADABLE_FILE' && /nope\.jsonl: cannot be read \(ENOENT\)/.test(e.message));
});

test('a per-document text limit applies to every kind of file', async () => {
  const items = await collect(dir, { maxTextChars: 10 });
  assert.ok(items.some((i) => 'error' in i && i.error.code === 'TOO_LARGE' && i.origin === 'd.html'));
  assert.ok(items.some((i) => 'error' in i && i.error.code === 'TOO_LARGE' && i.origin === 'notes/b.txt'));
});

test('a URL target is fetched: a page by its canonical URL, a feed item\'s page when fetchItems asks for it', async () => {
  let feedXml = '';
  const server = http.createServer((req, res) => {
    if (req.url === '/story?utm_source=x') res.writeHead(200, { 'Content-Type': 'text/html' }).end(ARTICLE);
    else if (req.url === '/feed') res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(feedXml);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  feedXml = `<rss version="2.0"><channel><title>Loop Feed</title><item><title>Feed title</title><link>${base}/story?utm_source=x</link></item></channel></rss>`;
  try {
    const page = await collect(`${base}/story?utm_source=x`, { fetch: { allowPrivate: true } });
    assert.deepEqual(summary(page), [`doc ${base}/story`]);
    const fetched = await collect(`${base}/feed`, { fetch: { allowPrivate: true }, fetchItems: true });
    assert.equal(fetched.length, 1);
    assert.ok('doc' in fetched[0]);
    assert.equal(fetched[0].doc.id, `${base}/story`);
    assert.equal(fetched[0].doc.title, 'Market fire');
    assert.match(fetched[0].doc.text, /^A fire destroyed/);
    const unfetched = await collect(`${base}/feed`, { fetch: { allowPrivate: true } });
    assert.deepEqual(summary(unfetched), [`error BAD_DOCUMENT ${base}/story: feed item has no text (its page can be fetched instead)`]);
    await assert.rejects(collect(`${base}/feed`), (e: unknown) => e instanceof SitrepError && e.code === 'FORBIDDEN_ADDRESS');
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
