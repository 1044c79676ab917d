// A larger ledger for the API benchmark, made from the ingest part's SQLite ledger without ingesting again: a copy
// of the file to which the whole ledger is added again, as often as it takes to reach the incident count asked for,
// each time `shiftYears` later (a multiple of 4, so 29 February stays a day). Each copy's rows take new ids (every
// reference moved with them) and its documents new hashes and addresses, so the result is a ledger the server
// cannot tell from a longer one: a country's month holds as many incidents as before, and a map box all the years'.
//
// Not copied: the audit log (the benchmark's ledger has no reviews), API tokens, and the report's `extracted`
// snapshot keeps the original dates (only a split reads it).
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';

export interface Grown {
  path: string;
  /** Incidents in the ledger it was made from. */
  from: number;
  incidents: number;
  /** How many times the ledger is in the result (1: a plain copy). */
  copies: number;
  shiftYears: number;
}

/** Per table: the id columns that move with each copy (by the table whose ids they are) and the dated columns. */
const TABLES: { table: string; ids: Record<string, string>; dates?: string[]; unique?: string[] }[] = [
  { table: 'documents', ids: { id: 'documents' }, dates: ['published_at'], unique: ['source_id', 'canonical_url', 'content_hash', 'url'] },
  { table: 'document_urls', ids: { document_id: 'documents' }, unique: ['canonical_url'] },
  { table: 'incidents', ids: { id: 'incidents', merged_into: 'incidents' }, dates: ['date_start', 'date_end'] },
  { table: 'reports', ids: { id: 'reports', incident_id: 'incidents', document_id: 'documents' } },
  { table: 'claims', ids: { id: 'claims', incident_id: 'incidents', report_id: 'reports', document_id: 'documents' } },
  { table: 'actors', ids: { id: 'actors', incident_id: 'incidents', report_id: 'reports', document_id: 'documents' } },
  { table: 'toll_history', ids: { id: 'toll_history', incident_id: 'incidents', document_id: 'documents' } },
  // The search index follows by its insert trigger.
  { table: 'incident_text', ids: { incident_id: 'incidents' } },
];

const RANGED = ['documents', 'incidents', 'reports', 'claims', 'actors', 'toll_history'];

/**
 * Makes `dest` from the ledger at `src` with at least `target` incidents (a plain copy when it has them already).
 * Returns null when `src` has no dated incident to shift.
 */
export function growLedger(src: string, dest: string, target: number): Grown | null {
  for (const suffix of ['', '-wal', '-shm']) rmSync(dest + suffix, { force: true });
  // The write-ahead log goes with the file: SQLite replays it when the copy is opened.
  for (const suffix of ['', '-wal']) if (existsSync(src + suffix)) copyFileSync(src + suffix, dest + suffix);
  const db = new Database(dest);
  try {
    db.pragma('journal_mode = WAL');
    const span = db.prepare('SELECT COUNT(*) AS n, MIN(date_start) AS first, MAX(COALESCE(date_end, date_start)) AS last FROM incidents').get() as { n: number; first: string | null; last: string | null };
    if (span.n === 0 || span.first === null || span.last === null) return null;
    const years = Number(span.last.slice(0, 4)) - Number(span.first.slice(0, 4)) + 1;
    const shiftYears = Math.ceil(years / 4) * 4;
    const copies = Math.max(1, Math.ceil(target / span.n));
    const audit = (db.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n;
    if (audit > 0 && copies > 1) throw new Error(`${src} has ${audit} audit entries, which growLedger does not copy: grow a ledger without reviews`);
    const max = Object.fromEntries(RANGED.map((t) => [t, (db.prepare(`SELECT COALESCE(MAX(id), 0) AS m FROM ${t}`).get() as { m: number }).m]));
    const columnsOf = (table: string) => (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
    const grow = db.transaction(() => {
      for (let k = 1; k < copies; k++) {
        for (const t of TABLES) {
          const cols = columnsOf(t.table);
          const exprs = cols.map((c) => {
            if (c in t.ids) return `${c} + ${k * max[t.ids[c]]}`;
            // The year moved in the text, so a day, a timestamp or NULL keeps its form.
            if (t.dates?.includes(c)) return `(CAST(substr(${c}, 1, 4) AS INTEGER) + ${k * shiftYears}) || substr(${c}, 5)`;
            // Unique text (hashes, addresses, source ids) gets the copy's mark; NULL stays NULL.
            if (t.unique?.includes(c)) return `${c} || '#copy${k}'`;
            return c;
          });
          db.exec(`INSERT INTO ${t.table} (${cols.join(', ')}) SELECT ${exprs.join(', ')} FROM ${t.table} WHERE ${Object.keys(t.ids)[0]} <= ${max[t.ids[Object.keys(t.ids)[0]]]}`);
        }
      }
    });
    grow();
    const incidents = (db.prepare('SELECT COUNT(*) AS n FROM incidents').get() as { n: number }).n;
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { path: dest, from: span.n, incidents, copies, shiftYears };
  } finally {
    db.close();
  }
}
