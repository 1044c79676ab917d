// End-to-end fetches against HTTP servers started here on 127.0.0.1; nothing leaves the loopback
// interface. A host the guard should treat as "allowed" is a made-up name given to an injected resolver
// and listed in allowHosts, so the first hop reaches loopback while later hops face the real guard.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { SitrepError } from '../core/errors.js';
import { fetchText } from './url.js';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

const routes = new Map<string, Handler>();
const hits: string[] = [];
let server: http.Server;
let port = 0;
let secretServer: http.Server;
let secretPort = 0;
let secretHits = 0;

const base = (): string => `http://127.0.0.1:${port}`;

before(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    const handler = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (handler) handler(req, res);
    else res.writeHead(404).end('no such page');
  });
  secretServer = http.createServer((_req, res) => {
    secretHits++;
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end('internal secret');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  await new Promise<void>((r) => secretServer.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  secretPort = (secretServer.address() as AddressInfo).port;

  routes.set('/page', (_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(
    '<html><head><title>Local page</title></head><body><article><p>Text served from a loopback test server.</p></article></body></html>'));
  routes.set('/echo-host', (req, res) => res.writeHead(200, { 'Content-Type': 'text/plain' }).end(`host=${req.headers.host}`));
  routes.set('/to-secret', (_req, res) => res.writeHead(302, { Location: `http://127.0.0.1:${secretPort}/latest/meta-data` }).end());
  routes.set('/to-secret-name', (_req, res) => res.writeHead(301, { Location: `http://metadata.test:${secretPort}/` }).end());
  routes.set('/to-file', (_req, res) => res.writeHead(302, { Location: 'file:///etc/passwd' }).end());
  routes.set('/to-page', (_req, res) => res.writeHead(307, { Location: '/page' }).end());
  routes.set('/loop', (_req, res) => res.writeHead(302, { Location: '/loop' }).end());
  routes.set('/big-declared', (_req, res) => res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '50000' }).end('x'.repeat(50_000)));
  routes.set('/big-chunked', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    for (let i = 0; i < 50; i++) res.write('y'.repeat(1000));
    res.end();
  });
  routes.set('/gzip-bomb', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' }).end(zlib.gzipSync(Buffer.alloc(1_000_000, 'z')));
  });
  routes.set('/gzip-small', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' }).end(zlib.gzipSync('compressed words'));
  });
  routes.set('/hang', () => {
    // never answers
  });
  routes.set('/slow-body', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.write('first part...');
  });
  routes.set('/image', (_req, res) => res.writeHead(200, { 'Content-Type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])));
  routes.set('/feed-as-html', (_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(
    '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><description>B</description></item></channel></rss>'));
  routes.set('/latin1', (_req, res) => res.writeHead(200, { 'Content-Type': 'text/plain; charset=windows-1252' }).end(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94])));
});

after(() => {
  server.closeAllConnections();
  secretServer.closeAllConnections();
  server.close();
  secretServer.close();
});

const loopbackResolver = (names: Record<string, string>) => async (host: string): Promise<string[]> => {
  const address = names[host];
  if (!address) throw Object.assign(new Error('unknown test host'), { code: 'ENOTFOUND' });
  return [address];
};

const failsWith = (code: string, message: RegExp) => (e: unknown): boolean => {
  assert.ok(e instanceof SitrepError, `expected a SitrepError, got ${String(e)}`);
  assert.equal(e.code, code, e.message);
  assert.match(e.message, message);
  return true;
};

test('a loopback URL is refused by default and the server is never contacted', async () => {
  const before = hits.length;
  await assert.rejects(fetchText(`${base()}/page`), failsWith('FORBIDDEN_ADDRESS', /^http:\/\/127\.0\.0\.1:\d+\/page: refused: 127\.0\.0\.1 is loopback/));
  await assert.rejects(fetchText(`http://0x7f000001:${port}/page`), failsWith('FORBIDDEN_ADDRESS', /loopback/));
  await assert.rejects(fetchText(`http://[::ffff:127.0.0.1]:${port}/page`), failsWith('FORBIDDEN_ADDRESS', /IPv4-mapped 127\.0\.0\.1/));
  assert.equal(hits.length, before);
});

test('allowPrivate fetches from loopback and reports the content type', async () => {
  const got = await fetchText(`${base()}/page`, { allowPrivate: true });
  assert.equal(got.kind, 'html');
  assert.equal(got.contentType, 'text/html');
  assert.equal(got.status, 200);
  assert.match(got.text, /Text served from a loopback test server/);
});

test('non-http schemes are refused', async () => {
  for (const url of ['file:///etc/passwd', 'ftp://example.com/x', 'gopher://127.0.0.1:70/']) {
    await assert.rejects(fetchText(url, { allowPrivate: true }), failsWith('BAD_URL', /only http and https/));
  }
});

test('a redirect from an allowed host to a private address is refused before connecting', async () => {
  const opts = { resolver: loopbackResolver({ 'news.test': '127.0.0.1', 'metadata.test': '169.254.169.254' }), allowHosts: ['news.test'] };
  await assert.rejects(fetchText(`http://news.test:${port}/to-secret`, opts),
    failsWith('FORBIDDEN_ADDRESS', new RegExp(`^http://127\\.0\\.0\\.1:${secretPort}/latest/meta-data: refused: 127\\.0\\.0\\.1 is loopback`)));
  await assert.rejects(fetchText(`http://news.test:${port}/to-secret-name`, opts),
    failsWith('FORBIDDEN_ADDRESS', /metadata\.test resolves to 169\.254\.169\.254, which is link-local/));
  await assert.rejects(fetchText(`http://news.test:${port}/to-file`, opts), failsWith('BAD_URL', /file/));
  assert.equal(secretHits, 0);
});

test('the connection goes to the address that was checked, with the host name kept in Host', async () => {
  let lookups = 0;
  const resolver = async (): Promise<string[]> => {
    lookups++;
    return ['127.0.0.1'];
  };
  const got = await fetchText(`http://pinned.test:${port}/echo-host`, { resolver, allowHosts: ['pinned.test'] });
  assert.equal(got.text, `host=pinned.test:${port}`);
  assert.equal(lookups, 1);
});

test('redirects are followed to the final URL, up to maxRedirects', async () => {
  const got = await fetchText(`${base()}/to-page`, { allowPrivate: true });
  assert.equal(got.url, `${base()}/page`);
  await assert.rejects(fetchText(`${base()}/loop`, { allowPrivate: true, maxRedirects: 2 }), failsWith('FETCH_FAILED', /too many redirects \(more than 2\)/));
});

test('the size limit refuses a declared length, a streamed body and a decompression bomb', async () => {
  const opts = { allowPrivate: true, maxBytes: 10_000 };
  await assert.rejects(fetchText(`${base()}/big-declared`, opts), failsWith('TOO_LARGE', /big-declared: body is 50000 bytes; the limit is 10000 bytes/));
  await assert.rejects(fetchText(`${base()}/big-chunked`, opts), failsWith('TOO_LARGE', /body is over 10000 bytes/));
  await assert.rejects(fetchText(`${base()}/gzip-bomb`, opts), failsWith('TOO_LARGE', /body is over 10000 bytes/));
  assert.equal((await fetchText(`${base()}/gzip-small`, opts)).text, 'compressed words');
});

test('the time limit ends a server that never answers and one that never finishes its body', async () => {
  const started = Date.now();
  await assert.rejects(fetchText(`${base()}/hang`, { allowPrivate: true, timeoutMs: 150 }), failsWith('FETCH_FAILED', /\/hang: timed out after 150 ms/));
  await assert.rejects(fetchText(`${base()}/slow-body`, { allowPrivate: true, timeoutMs: 150 }), failsWith('FETCH_FAILED', /timed out after 150 ms/));
  assert.ok(Date.now() - started < 2000);
});

test('HTTP errors, connection failures and non-text content are reported with the URL', async () => {
  await assert.rejects(fetchText(`${base()}/missing`, { allowPrivate: true }), failsWith('FETCH_FAILED', /\/missing: HTTP 404/));
  await assert.rejects(fetchText(`${base()}/image`, { allowPrivate: true }), failsWith('NOT_TEXT', /has content type image\/png/));
  const closed = http.createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const closedPort = (closed.address() as AddressInfo).port;
  await new Promise<void>((r) => closed.close(() => r()));
  await assert.rejects(fetchText(`http://127.0.0.1:${closedPort}/`, { allowPrivate: true }), failsWith('FETCH_FAILED', /could not fetch \(ECONNREFUSED\)/));
});

test('the body decides when the content type lies, and the declared charset decodes it', async () => {
  assert.equal((await fetchText(`${base()}/feed-as-html`, { allowPrivate: true })).kind, 'feed');
  const latin = await fetchText(`${base()}/latin1`, { allowPrivate: true });
  assert.equal(latin.kind, 'text');
  assert.equal(latin.text, 'café “q”');
});
