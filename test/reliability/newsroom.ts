// A small news site on a loopback port for the idempotence, SSRF and soak tests: article pages, a feed whose
// items reach one story through links that differ only by tracking parameters, the same story syndicated
// under another path, a redirector, and a "secret" endpoint that a guarded fetch must never reach. It counts
// the requests each path gets. Stories written for these tests.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { loopbackServer } from './ledger.js';

export const STORIES: Record<string, { title: string; date: string; text: string }> = {
  '1': { title: 'Car bomb kills 7 in Mosul market', date: '2024-05-13', text: 'A car bomb exploded at a crowded market in Mosul on Monday, killing 7 people and wounding 20, police said.' },
  '2': { title: 'Drone strike hits Kharkiv depot', date: '2024-05-14', text: 'A drone strike hit a fuel depot in Kharkiv on Tuesday, killing 2 workers, the regional governor said.' },
  '3': { title: 'Gunmen attack village near Maiduguri', date: '2024-05-15', text: 'Gunmen attacked a village near Maiduguri on Wednesday, killing 11 farmers, residents said.' },
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const page = (id: string) => {
  const s = STORIES[id];
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(s.title)}</title>
<meta property="article:published_time" content="${s.date}T09:00:00Z"></head>
<body><article><h1>${escape(s.title)}</h1><p>${escape(s.text)}</p><p>More reporting to follow as details emerge from the scene.</p></article></body></html>`;
};

const rss = (links: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Loopback Wire</title><link>http://localhost/</link>
${links.map((link, i) => `<item><title>Item ${i + 1}</title><link>${escape(link)}</link><pubDate>Mon, 13 May 2024 10:00:00 +0000</pubDate></item>`).join('\n')}
</channel></rss>`;

export interface Newsroom {
  port: number;
  /** http://127.0.0.1:port + path */
  url: (path: string) => string;
  /** http://localhost:port + path (a name the tests may trust with --allow-host localhost) */
  named: (path: string) => string;
  /** Requests per path (without the query). */
  hits: Map<string, number>;
  /** Extra feeds by path: their item links. */
  feeds: Map<string, string[]>;
  close: () => Promise<void>;
}

export async function newsroom(): Promise<Newsroom> {
  const hits = new Map<string, number>();
  const feeds = new Map<string, string[]>();
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const u = new URL(req.url ?? '/', 'http://x');
    hits.set(u.pathname, (hits.get(u.pathname) ?? 0) + 1);
    const story = /^\/(?:news|syndicated)\/(\d+)$/.exec(u.pathname)?.[1];
    if (story && STORIES[story]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(page(story));
    }
    if (u.pathname === '/go') {
      res.writeHead(302, { location: u.searchParams.get('to') ?? '/' });
      return res.end();
    }
    const feed = feeds.get(u.pathname);
    if (feed) {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return res.end(rss(feed));
    }
    if (u.pathname === '/secret') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end('internal admin data: this must never be fetched');
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  };
  const server = await loopbackServer(handler);
  const named = (path: string) => `http://localhost:${server.port}${path}`;
  // The main feed: story 1 three times (tracking parameters only), story 2 and story 3 once.
  feeds.set('/feed.xml', [
    server.url('/news/1?utm_source=rss&utm_medium=feed'),
    server.url('/news/2'),
    server.url('/news/1?fbclid=IwAR0abc&utm_campaign=spring'),
    server.url('/news/3?ref=homepage'),
    server.url('/news/1'),
  ]);
  return { port: server.port, url: server.url, named, hits, feeds, close: server.close };
}
