// The ledger's storage interface. One interface, two adapters (SQLite by default, PostgreSQL for shared and
// scaled-out use); the ledger logic itself (src/store/ledger.ts) is written once and run by either.
import type { Actor, ActorRole, Casualties, Claim, Doc, Incident, IncidentDate, IncidentLocation, Rule, Toll } from '../core/types.js';
import type { SitrepError } from '../core/errors.js';

export type IncidentStatus = 'unreviewed' | 'confirmed';
export const INCIDENT_STATUSES: readonly IncidentStatus[] = ['unreviewed', 'confirmed'];

/** A claim as stored: the contract's Claim plus where it lives. */
export interface StoredClaim extends Claim {
  id: number;
  incidentId: number;
  reportId: number;
  documentId: number;
}

/** An actor of a ledger incident: from a report (documentId set, mention in that document) or entered by a reviewer. */
export interface StoredActor extends Actor {
  documentId: number | null;
}

/** Why a report joined its incident, or why it started a new one. */
export interface MergeReasons {
  decision: 'new' | 'merged' | 'split' | 'moved';
  /** The candidate scored: the incident joined, or the nearest miss. */
  candidate: number | null;
  reasons: string[];
}

/** The link of one extracted incident of one document (a report) to a ledger incident. */
export interface ReportLink {
  id: number;
  incidentId: number;
  documentId: number;
  /** The extracted incident's id and its index in the document's extraction. */
  extractedId: string;
  extractedIndex: number;
  score: number | null;
  reasons: MergeReasons;
  createdAt: string;
  document: DocumentMeta;
}

export interface DocumentMeta {
  id: number;
  /** The id the input gave the document (JSON Lines id, file name, URL). */
  sourceId: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
}

export interface StoredDocument extends DocumentMeta {
  canonicalUrl: string | null;
  contentHash: string;
  text: string;
  ingestedAt: string;
}

/** An incident of the ledger: the contract's Incident shape with a numeric id, its reports and review state. */
export interface LedgerIncident {
  id: number;
  eventType: string;
  subEventType: string;
  date: IncidentDate | null;
  location: IncidentLocation | null;
  actors: StoredActor[];
  casualties: Casualties;
  claims: StoredClaim[];
  status: IncidentStatus;
  rule: Rule;
  /** Set when a reviewer merged this incident into another; such incidents leave listings and exports. */
  mergedInto: number | null;
  reports: ReportLink[];
  createdAt: string;
  updatedAt: string;
}

export interface TollChange {
  id: number;
  incidentId: number;
  at: string;
  /** The document whose report changed the toll; null for a review action. */
  documentId: number | null;
  /** "report" for ingest, else the review action (confirm, edit, merge, split, discount, restore). */
  action: string;
  auditId: number | null;
  rule: Rule;
  old: { killed: Toll | null; injured: Toll | null };
  new: { killed: Toll | null; injured: Toll | null };
}

export interface AuditEntry {
  id: number;
  at: string;
  /** Token name, or "system". */
  actor: string;
  action: string;
  incidentIds: number[];
  before: unknown;
  after: unknown;
}

export interface ApiToken {
  id: number;
  name: string;
  /** sha256 hex of the secret; the secret itself is never stored. */
  hash: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface IngestItem {
  doc: Doc;
  /** What `extract` found in the document; background incidents are skipped (see docs/ledger.md). */
  incidents: Incident[];
}

export type IngestOutcome =
  | { status: 'added'; documentId: number; created: number[]; merged: number[] }
  | { status: 'duplicate'; documentId: number; by: 'url' | 'hash' }
  | { status: 'failed'; error: SitrepError };

export interface IngestOptions {
  /** Toll rule of the incidents this ingest creates (merged reports use their incident's rule). Default ucdp. */
  rule?: Rule;
}

export interface IncidentFilter {
  /** Incidents whose date range touches [from, to] ("YYYY-MM-DD", inclusive). */
  from?: string;
  to?: string;
  countryCode?: string;
  /** ACLED event type or sub-event type. */
  eventType?: string;
  /** ACLED sub-event type (exact label); with `eventType`, both must hold. */
  subEventType?: string;
  /** Part of an actor's name, in any letter case and without accents ("shabaab" finds "Al Shabaab"). */
  actor?: string;
  /** Best killed figure at least this (an incident with no killed toll counts as 0). */
  minKilled?: number;
  /**
   * Text search over the places, actors, sources and claim quotes: every word of it must begin a word there
   * ("observ dead" finds "Observatory … 5 dead"), in any letter case and without accents.
   */
  q?: string;
  /** [minLon, minLat, maxLon, maxLat] (RFC 7946 order); incidents without coordinates are left out. */
  bbox?: [number, number, number, number];
  status?: IncidentStatus;
}

/** One report of a document: the link, and what the document itself said (its place, claims and actors). */
export interface DocumentReport extends ReportLink {
  /** The place as this report gave it, with `mention` (where the document names it) when the extractor had one. */
  location: IncidentLocation | null;
  /** The claims from this report, as stored (discounted ones included). */
  claims: StoredClaim[];
  /** The actors this report named (none when a reviewer replaced the incident's actors). */
  actors: StoredActor[];
}

/** A ledger incident a document reports, with that document's reports of it. */
export interface DocumentIncident {
  incidentId: number;
  reports: DocumentReport[];
}

export interface IncidentPage {
  incidents: LedgerIncident[];
  /** Pass as `after` for the next page; null when no incident matching the filter comes after this page. */
  next: number | null;
}

/** Fields a reviewer may change. `location.mention` is ignored; actors replace the report actors. */
export interface IncidentPatch {
  eventType?: string;
  subEventType?: string;
  date?: IncidentDate;
  location?: Omit<IncidentLocation, 'mention'> & { mention?: IncidentLocation['mention'] };
  actors?: { name: string; role: ActorRole }[];
  rule?: Rule;
}

export interface StoreStats {
  documents: number;
  incidents: number;
  reports: number;
  claims: number;
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** Where the store is, for messages (a path, or a URL without its password). */
  readonly location: string;
  close(): Promise<void>;

  /** Whether a document with this URL (canonical form) or text is stored already, so extraction can be skipped. */
  findDuplicate(doc: Doc): Promise<{ documentId: number; by: 'url' | 'hash' } | null>;
  /** findDuplicate for many documents in one read, an answer per document. */
  findDuplicates(docs: Doc[]): Promise<({ documentId: number; by: 'url' | 'hash' } | null)[]>;
  /**
   * Stores documents with their incidents: each document atomically with all its reports, claims and actors,
   * all in one transaction; a document that fails is left out (the others are stored) and its outcome says why.
   */
  ingest(items: IngestItem[], options?: IngestOptions): Promise<IngestOutcome[]>;

  getDocument(id: number): Promise<StoredDocument | null>;
  getIncident(id: number): Promise<LedgerIncident | null>;
  /** The live incidents a document reports, in incident id order, each with this document's reports, claims and actors. */
  documentIncidents(documentId: number): Promise<DocumentIncident[]>;
  /** Incidents by id order, `limit` at a time after `after` (keyset paging: stable while the ledger grows). */
  listIncidents(filter?: IncidentFilter, page?: { after?: number; limit?: number }): Promise<IncidentPage>;
  /** Every incident matching the filter, read a page at a time. */
  incidents(filter?: IncidentFilter, pageSize?: number): AsyncIterable<LedgerIncident>;
  tollHistory(incidentId: number): Promise<TollChange[]>;
  auditLog(query?: { incidentId?: number; after?: number; limit?: number }): Promise<AuditEntry[]>;
  stats(): Promise<StoreStats>;

  // Review. Each writes an audit_log entry (before/after) and recomputes tolls, with a toll_history row when they change.
  confirm(incidentId: number, actor: string): Promise<LedgerIncident>;
  edit(incidentId: number, patch: IncidentPatch, actor: string): Promise<LedgerIncident>;
  /** Moves every report of `fromId` into `intoId`; `fromId` stays as a stub pointing at `intoId`. */
  merge(intoId: number, fromId: number, actor: string): Promise<LedgerIncident>;
  /** Moves the chosen reports out of the incident into a new one. */
  split(incidentId: number, reportIds: number[], actor: string): Promise<{ remaining: LedgerIncident; created: LedgerIncident }>;
  discountClaim(claimId: number, reason: string, actor: string): Promise<LedgerIncident>;
  restoreClaim(claimId: number, actor: string): Promise<LedgerIncident>;

  // API tokens (issue 5): the caller hashes the secret.
  createToken(name: string, hash: string): Promise<ApiToken>;
  findToken(hash: string): Promise<ApiToken | null>;
  revokeToken(name: string): Promise<boolean>;
  listTokens(): Promise<ApiToken[]>;
}
