// The Store both adapters share: each method runs one ledger program (src/store/ledger.ts, review.ts) on the
// adapter's Backend. Adapters differ only in how they run SQL (src/store/sqlite.ts, src/store/postgres.ts).
import { SitrepError, isSitrepError } from '../core/errors.js';
import { type Doc, RULES, type Rule } from '../core/types.js';
import { documentKeys, findDuplicate, findDuplicates } from './documents.js';
import { documentIncidents, ingestBatch, ingestDocument, loadIncidents, pageIds } from './ledger.js';
import { type Backend, type Program, all, get, run } from './program.js';
import { countryLock, confirmIncident, discountClaim, editIncident, mergeIncidents, restoreClaim, splitIncident } from './review.js';
import { type AuditRow, type TollHistoryRow, auditOf, tollChangeOf } from './rows.js';
import type {
  ApiToken, AuditEntry, DocumentIncident, IncidentFilter, IncidentPage, IncidentPatch, IngestItem, IngestOptions, IngestOutcome, LedgerIncident, Store, StoreStats,
  StoredDocument, TollChange,
} from './types.js';

export type Clock = () => string;
export const systemClock: Clock = () => new Date().toISOString();

interface TokenRow {
  id: number;
  name: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}
const tokenOf = (r: TokenRow): ApiToken => ({ id: r.id, name: r.name, hash: r.token_hash, createdAt: r.created_at, revokedAt: r.revoked_at });

const MAX_PAGE = 1000;

export class LedgerStore implements Store {
  constructor(
    readonly backend: Backend,
    private readonly clock: Clock = systemClock,
  ) {}

  get dialect() {
    return this.backend.dialect;
  }
  get location() {
    return this.backend.location;
  }
  close(): Promise<void> {
    return this.backend.close();
  }

  findDuplicate(doc: Doc) {
    const keys = documentKeys(doc);
    return this.backend.read(() => findDuplicate(keys));
  }

  findDuplicates(docs: Doc[]) {
    const keys = docs.map(documentKeys);
    return this.backend.read(() => findDuplicates(keys));
  }

  async ingest(items: IngestItem[], options: IngestOptions = {}): Promise<IngestOutcome[]> {
    const rule: Rule = options.rule ?? 'ucdp';
    if (!RULES.includes(rule)) throw new SitrepError('BAD_ARGUMENT', `must be one of ${RULES.join(', ')}, got "${rule}"`, 'rule');
    if (items.length === 0) return [];
    // Every country a report could merge in is locked for the batch, so concurrent writers never both open
    // the same incident (PostgreSQL; SQLite has one writer).
    const locks = items.flatMap((i) => i.incidents.filter((x) => !x.background && x.location).map((x) => countryLock(x.location?.countryCode)));
    const at = items.map(() => this.clock());
    // The batch in one go; should any document fail, again one document at a time, each in a savepoint, so
    // that only the failing ones are left out (and each says why).
    try {
      return await this.backend.write(() => ingestBatch(items, rule, at), locks);
    } catch {
      const results = await this.backend.writeEach(items.map((item, i) => () => ingestDocument(item, rule, at[i])), locks);
      return results.map((r, i) => (r.ok ? r.value : { status: 'failed', error: storeError(r.error, items[i].doc.id) }));
    }
  }

  async getDocument(id: number): Promise<StoredDocument | null> {
    const row = await this.backend.read(() => get<Record<string, unknown>>('SELECT * FROM documents WHERE id = ?', id));
    if (!row) return null;
    return {
      id: row.id as number,
      sourceId: row.source_id as string,
      url: row.url as string | null,
      title: row.title as string | null,
      publishedAt: row.published_at as string | null,
      source: row.source as string | null,
      canonicalUrl: row.canonical_url as string | null,
      contentHash: row.content_hash as string,
      text: row.text as string,
      ingestedAt: row.ingested_at as string,
    };
  }

  async getIncident(id: number): Promise<LedgerIncident | null> {
    const [incident] = await this.backend.read(() => loadIncidents([id]));
    return incident ?? null;
  }

  documentIncidents(documentId: number): Promise<DocumentIncident[]> {
    return this.backend.read(() => documentIncidents(documentId));
  }

  async listIncidents(filter: IncidentFilter = {}, page: { after?: number; limit?: number } = {}): Promise<IncidentPage> {
    const limit = Math.min(Math.max(1, Math.floor(page.limit ?? 100)), MAX_PAGE);
    const dialect = this.backend.dialect;
    // One id more than the page tells whether another page follows, without loading that incident.
    const { incidents, more } = await this.backend.read(function* () {
      const ids = yield* pageIds(filter, page.after ?? 0, limit + 1, dialect);
      return { incidents: yield* loadIncidents(ids.slice(0, limit)), more: ids.length > limit };
    });
    return { incidents, next: more ? incidents[incidents.length - 1].id : null };
  }

  async *incidents(filter: IncidentFilter = {}, pageSize = 200): AsyncIterable<LedgerIncident> {
    let after = 0;
    for (;;) {
      const page = await this.listIncidents(filter, { after, limit: pageSize });
      yield* page.incidents;
      if (page.next === null) return;
      after = page.next;
    }
  }

  async tollHistory(incidentId: number): Promise<TollChange[]> {
    const rows = await this.backend.read(() => all<TollHistoryRow>('SELECT * FROM toll_history WHERE incident_id = ? ORDER BY id', incidentId));
    return rows.map(tollChangeOf);
  }

  async auditLog(query: { incidentId?: number; after?: number; limit?: number } = {}): Promise<AuditEntry[]> {
    const limit = Math.min(Math.max(1, Math.floor(query.limit ?? 100)), MAX_PAGE);
    const rows = await this.backend.read(() =>
      query.incidentId !== undefined
        ? all<AuditRow>(
            `SELECT a.* FROM audit_log a JOIN audit_incidents ai ON ai.audit_id = a.id WHERE ai.incident_id = ? AND a.id > ? ORDER BY a.id LIMIT ${limit}`,
            query.incidentId, query.after ?? 0,
          )
        : all<AuditRow>(`SELECT * FROM audit_log WHERE id > ? ORDER BY id LIMIT ${limit}`, query.after ?? 0),
    );
    return rows.map(auditOf);
  }

  async stats(): Promise<StoreStats> {
    const count = (table: string, where = '') => get<{ n: number }>(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM ${table} ${where}`);
    return this.backend.read(function* () {
      return {
        documents: (yield* count('documents'))?.n ?? 0,
        incidents: (yield* count('incidents', 'WHERE merged_into IS NULL'))?.n ?? 0,
        reports: (yield* count('reports'))?.n ?? 0,
        claims: (yield* count('claims'))?.n ?? 0,
      };
    });
  }

  private review<T>(program: () => Program<T>): Promise<T> {
    return this.backend.write(program);
  }
  confirm(incidentId: number, actor: string) {
    return this.review(() => confirmIncident(incidentId, actor, this.clock()));
  }
  edit(incidentId: number, patch: IncidentPatch, actor: string) {
    return this.review(() => editIncident(incidentId, patch, actor, this.clock()));
  }
  merge(intoId: number, fromId: number, actor: string) {
    return this.review(() => mergeIncidents(intoId, fromId, actor, this.clock()));
  }
  split(incidentId: number, reportIds: number[], actor: string) {
    return this.review(() => splitIncident(incidentId, reportIds, actor, this.clock()));
  }
  discountClaim(claimId: number, reason: string, actor: string) {
    return this.review(() => discountClaim(claimId, reason, actor, this.clock()));
  }
  restoreClaim(claimId: number, actor: string) {
    return this.review(() => restoreClaim(claimId, actor, this.clock()));
  }

  async createToken(name: string, hash: string): Promise<ApiToken> {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new SitrepError('BAD_ARGUMENT', 'must be a sha256 hex digest', 'token hash');
    if (name.trim() === '') throw new SitrepError('BAD_ARGUMENT', 'must not be empty', 'token name');
    const at = this.clock();
    const row = await this.backend.write(() =>
      get<TokenRow>('INSERT INTO api_tokens (name, token_hash, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING RETURNING *', name, hash, at),
    );
    if (!row) throw new SitrepError('CONFLICT', 'a token with this name or secret exists', `token ${name}`);
    return tokenOf(row);
  }
  async findToken(hash: string): Promise<ApiToken | null> {
    const row = await this.backend.read(() => get<TokenRow>('SELECT * FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL', hash));
    return row ? tokenOf(row) : null;
  }
  async revokeToken(name: string): Promise<boolean> {
    const at = this.clock();
    return (await this.backend.write(() => run('UPDATE api_tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL', at, name))) > 0;
  }
  async listTokens(): Promise<ApiToken[]> {
    return (await this.backend.read(() => all<TokenRow>('SELECT * FROM api_tokens ORDER BY id'))).map(tokenOf);
  }
}

/** A failed document's error as a SitrepError naming the document. */
function storeError(e: unknown, docId: string): SitrepError {
  if (isSitrepError(e)) return e;
  return new SitrepError('STORE_FAILED', `could not be stored: ${(e as Error).message ?? String(e)}`, docId);
}
