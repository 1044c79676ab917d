// The web app's files, from a fixed list: the page, its stylesheet, its ES modules (compiled by `npm run build`
// into dist/web; when the server itself runs from TypeScript sources they are compiled from src/web on request,
// for development and tests), and the offline map parts shipped in npm packages (Leaflet, topojson-client and
// Natural Earth country shapes from world-atlas). Nothing outside the list is ever read.
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { HttpError } from './errors.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const require = createRequire(import.meta.url);

/** The web app's modules (src/web/<name>.ts), the only names /app/<name>.js serves. */
export const WEB_MODULES = ['main', 'api', 'dom', 'format', 'session', 'filters', 'map', 'timeline', 'list', 'incident', 'review', 'charts', 'text-view'] as const;

const TYPES = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

interface VendorFile {
  path: () => string;
  type: keyof typeof TYPES;
}

// Resolved lazily so a server without the web app's packages still answers the API.
const VENDOR: Record<string, VendorFile> = {
  '/vendor/leaflet.js': { path: () => require.resolve('leaflet/dist/leaflet.js'), type: 'js' },
  '/vendor/leaflet.css': { path: () => require.resolve('leaflet/dist/leaflet.css'), type: 'css' },
  '/vendor/topojson-client.js': { path: () => require.resolve('topojson-client/dist/topojson-client.min.js'), type: 'js' },
  '/vendor/countries-50m.json': { path: () => require.resolve('world-atlas/countries-50m.json'), type: 'json' },
};

type Transpile = (source: string, fileName: string) => string;
let transpiler: Promise<Transpile> | null = null;

/** TypeScript's single-file transpiler (development only: TypeScript is a dev dependency). */
function loadTranspiler(): Promise<Transpile> {
  transpiler ??= import('typescript').then(({ default: ts }) => (source: string, fileName: string) =>
    ts.transpileModule(source, { fileName, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022, sourceMap: false } }).outputText);
  return transpiler;
}

const send = (reply: FastifyReply, type: keyof typeof TYPES, body: string | Buffer, cache: string) =>
  reply.type(TYPES[type]).header('cache-control', cache).send(body);

export async function webRoutes(app: FastifyInstance, options: { webDir?: string }): Promise<void> {
  const webDir = options.webDir ?? join(ROOT, 'dist', 'web');
  const compile = options.webDir === undefined && FROM_SOURCES;
  const vendorCache = new Map<string, Buffer>();
  const transpiled = new Map<string, { mtimeMs: number; code: string }>();
  const config = { access: 'public' as const, openapi: false };

  app.get('/', { config }, async (_request, reply) => send(reply, 'html', await readFile(join(ROOT, 'src', 'web', 'index.html')), 'no-cache'));
  app.get('/style.css', { config }, async (_request, reply) => send(reply, 'css', await readFile(join(ROOT, 'src', 'web', 'style.css')), 'no-cache'));
  app.get('/favicon.ico', { config }, async (_request, reply) => reply.status(204).send());

  app.get<{ Params: { file: string } }>('/app/:file', { config }, async (request, reply) => {
    const name = request.params.file.replace(/\.js$/, '');
    if (!request.params.file.endsWith('.js') || !(WEB_MODULES as readonly string[]).includes(name)) throw new HttpError(404, 'NOT_FOUND', `no web module ${request.params.file}`);
    if (compile) {
      const path = join(ROOT, 'src', 'web', `${name}.ts`);
      const { mtimeMs } = await stat(path);
      let compiled = transpiled.get(name);
      if (!compiled || compiled.mtimeMs !== mtimeMs) {
        compiled = { mtimeMs, code: (await loadTranspiler())(await readFile(path, 'utf8'), `${name}.ts`) };
        transpiled.set(name, compiled);
      }
      return send(reply, 'js', compiled.code, 'no-cache');
    }
    const code = await readFile(join(webDir, `${name}.js`)).catch(() => null);
    if (!code) throw new HttpError(404, 'NOT_FOUND', `web module ${name}.js is not built; run \`npm run build\``);
    return send(reply, 'js', code, 'no-cache');
  });

  for (const [url, file] of Object.entries(VENDOR)) {
    app.get(url, { config }, async (_request, reply) => {
      let body = vendorCache.get(url);
      if (!body) {
        body = await readFile(file.path());
        vendorCache.set(url, body);
      }
      return send(reply, file.type, body, 'public, max-age=86400');
    });
  }
}
