// The HTTP API's shapes, each declared once as a JSON Schema const: Fastify validates requests and serialises
// responses with them (a response schema also keeps undeclared fields from leaking), openapi.ts publishes them
// as OpenAPI 3 components, and FromSchema derives the TypeScript types the handlers and the web client use.
// They mirror the ledger's types (src/store/types.ts, src/core/types.ts); a field added there shows up in the
// API only once it is added here.
import type { FromSchema } from './from-schema.js';

const nullable = <T extends string>(type: T) => [type, 'null'] as const;

export const ErrorBody = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', description: 'stable error code (BAD_ARGUMENT, NOT_FOUND, UNAUTHORIZED, RATE_LIMITED, …)' },
        message: { type: 'string' },
        field: { type: 'string', description: 'the request field that was wrong, when one was' },
      },
    },
  },
} as const;

export const Span = {
  type: 'object',
  description: 'a half-open range [start, end) of UTF-16 code units in a document text',
  required: ['start', 'end'],
  properties: { start: { type: 'integer' }, end: { type: 'integer' } },
} as const;

const NullableSpan = { ...Span, type: nullable('object') } as const;

export const Quote = {
  type: 'object',
  required: ['start', 'end', 'text'],
  properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } },
} as const;

export const Toll = {
  type: 'object',
  required: ['low', 'best', 'high'],
  properties: {
    low: { type: 'number' },
    best: { type: 'number' },
    high: { type: nullable('number'), description: 'null when only a lower bound is known' },
  },
} as const;

const NullableToll = { ...Toll, type: nullable('object') } as const;

export const RuleName = { type: 'string', enum: ['lowest', 'ucdp', 'minmax'] } as const;
export const StatusName = { type: 'string', enum: ['unreviewed', 'confirmed'] } as const;
const DatePrecision = { type: 'string', enum: ['day', 'week', 'month', 'year'] } as const;
const LocationPrecision = { type: 'string', enum: ['exact', 'near', 'admin2', 'admin1', 'country'] } as const;
const ActorRole = { type: 'string', enum: ['perpetrator', 'target', 'victim', 'other'] } as const;
const Day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

export const Casualties = {
  type: 'object',
  required: ['killed', 'injured', 'rule'],
  properties: { killed: NullableToll, injured: NullableToll, rule: RuleName },
} as const;

export const IncidentDate = {
  type: 'object',
  required: ['start', 'end', 'precision'],
  properties: { start: Day, end: Day, precision: DatePrecision },
} as const;

export const IncidentLocation = {
  type: 'object',
  required: ['name', 'admin1', 'country', 'countryCode', 'lat', 'lon', 'precision', 'mention'],
  properties: {
    name: { type: 'string' },
    admin1: { type: nullable('string') },
    country: { type: 'string' },
    countryCode: { type: 'string' },
    lat: { type: 'number' },
    lon: { type: 'number' },
    precision: LocationPrecision,
    mention: NullableSpan,
    geonameId: { type: nullable('integer') },
  },
} as const;

export const Actor = {
  type: 'object',
  required: ['name', 'role', 'mention', 'documentId'],
  properties: {
    name: { type: 'string' },
    role: ActorRole,
    mention: NullableSpan,
    documentId: { type: nullable('integer'), description: 'the document the actor is mentioned in; null when a reviewer entered it' },
  },
} as const;

export const SourceRef = {
  type: 'object',
  required: ['name', 'kind', 'handle', 'date'],
  properties: {
    name: { type: nullable('string') },
    kind: { type: 'string', enum: ['government', 'monitor', 'media', 'social', 'armed_group', 'witness', 'unknown'] },
    handle: { type: nullable('string') },
    date: { type: nullable('string') },
    mention: NullableSpan,
  },
} as const;

export const Claim = {
  type: 'object',
  required: ['id', 'incidentId', 'reportId', 'documentId', 'kind', 'min', 'max', 'qualifier', 'victims', 'source', 'quote'],
  properties: {
    id: { type: 'integer' },
    incidentId: { type: 'integer' },
    reportId: { type: 'integer' },
    documentId: { type: 'integer' },
    kind: { type: 'string', enum: ['killed', 'injured'] },
    min: { type: 'number' },
    max: { type: nullable('number') },
    qualifier: { type: 'string', enum: ['exact', 'at_least', 'more_than', 'about', 'up_to', 'range', 'vague'] },
    victims: { type: nullable('string') },
    victimGroup: { type: nullable('string') },
    source: SourceRef,
    quote: Quote,
    subgroupOf: { type: nullable('integer') },
    additive: { type: 'boolean' },
    partial: { type: 'boolean' },
    sharedBy: { type: 'integer', minimum: 2, description: 'the figure is a total over this many attacks ("across the three attacks"); tolls take an even share of it' },
    discounted: { type: nullable('string'), description: 'the reason an analyst discounted the claim; discounted claims do not count in tolls' },
  },
} as const;

export const DocumentMeta = {
  type: 'object',
  required: ['id', 'sourceId', 'url', 'title', 'publishedAt', 'source'],
  properties: {
    id: { type: 'integer' },
    sourceId: { type: 'string' },
    url: { type: nullable('string') },
    title: { type: nullable('string') },
    publishedAt: { type: nullable('string') },
    source: { type: nullable('string') },
  },
} as const;

export const Report = {
  type: 'object',
  description: 'one document\'s account of the incident',
  required: ['id', 'incidentId', 'documentId', 'extractedId', 'extractedIndex', 'score', 'reasons', 'createdAt', 'document'],
  properties: {
    id: { type: 'integer' },
    incidentId: { type: 'integer' },
    documentId: { type: 'integer' },
    extractedId: { type: 'string' },
    extractedIndex: { type: 'integer' },
    score: { type: nullable('number') },
    reasons: {
      type: 'object',
      required: ['decision', 'candidate', 'reasons'],
      properties: {
        decision: { type: 'string', enum: ['new', 'merged', 'split', 'moved'] },
        candidate: { type: nullable('integer') },
        reasons: { type: 'array', items: { type: 'string' } },
      },
    },
    createdAt: { type: 'string' },
    document: DocumentMeta,
  },
} as const;

export const Incident = {
  type: 'object',
  required: ['id', 'eventType', 'subEventType', 'date', 'location', 'actors', 'casualties', 'claims', 'status', 'rule', 'mergedInto', 'reports', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'integer' },
    eventType: { type: 'string' },
    subEventType: { type: 'string' },
    date: { ...IncidentDate, type: nullable('object') },
    location: { ...IncidentLocation, type: nullable('object') },
    actors: { type: 'array', items: Actor },
    casualties: Casualties,
    claims: { type: 'array', items: Claim },
    status: StatusName,
    rule: RuleName,
    mergedInto: { type: nullable('integer'), description: 'set when a reviewer merged this incident into another' },
    reports: { type: 'array', items: Report },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
  },
} as const;

const TollPair = {
  type: 'object',
  required: ['killed', 'injured'],
  properties: { killed: NullableToll, injured: NullableToll },
} as const;

export const TollChange = {
  type: 'object',
  required: ['id', 'incidentId', 'at', 'documentId', 'action', 'auditId', 'rule', 'old', 'new'],
  properties: {
    id: { type: 'integer' },
    incidentId: { type: 'integer' },
    at: { type: 'string' },
    documentId: { type: nullable('integer'), description: 'the document whose report changed the toll; null for a review action' },
    action: { type: 'string' },
    auditId: { type: nullable('integer') },
    rule: RuleName,
    old: TollPair,
    new: TollPair,
  },
} as const;

export const AuditEntry = {
  type: 'object',
  required: ['id', 'at', 'actor', 'action', 'incidentIds', 'before', 'after'],
  properties: {
    id: { type: 'integer' },
    at: { type: 'string' },
    actor: { type: 'string', description: 'the name of the token that made the change, or "system"' },
    action: { type: 'string' },
    incidentIds: { type: 'array', items: { type: 'integer' } },
    before: {},
    after: {},
  },
} as const;

export const IncidentDetail = {
  type: 'object',
  required: ['incident', 'tollHistory', 'audit'],
  properties: {
    incident: Incident,
    tollHistory: { type: 'array', items: TollChange },
    audit: { type: 'array', items: AuditEntry },
  },
} as const;

export const IncidentList = {
  type: 'object',
  required: ['incidents', 'next'],
  properties: {
    incidents: { type: 'array', items: Incident },
    next: { type: nullable('string'), description: 'pass as `cursor` for the next page; null on the last page (a filtered page may be followed by an empty one)' },
  },
} as const;

export const DocumentSpan = {
  type: 'object',
  required: ['kind', 'start', 'end', 'text', 'incidentId', 'label'],
  properties: {
    kind: { type: 'string', enum: ['claim', 'source', 'actor', 'location'] },
    start: { type: 'integer' },
    end: { type: 'integer' },
    text: { type: 'string' },
    incidentId: { type: 'integer' },
    claimId: { type: 'integer' },
    label: { type: 'string' },
  },
} as const;

export const DocumentWithSpans = {
  type: 'object',
  required: ['id', 'sourceId', 'url', 'title', 'publishedAt', 'source', 'canonicalUrl', 'contentHash', 'text', 'ingestedAt', 'incidentIds', 'spans'],
  properties: {
    ...DocumentMeta.properties,
    canonicalUrl: { type: nullable('string') },
    contentHash: { type: 'string' },
    text: { type: 'string' },
    ingestedAt: { type: 'string' },
    incidentIds: { type: 'array', items: { type: 'integer' } },
    spans: { type: 'array', items: DocumentSpan },
  },
} as const;

export const IngestResult = {
  type: 'object',
  required: ['summary', 'items'],
  properties: {
    summary: {
      type: 'object',
      required: ['documentsAdded', 'duplicatesSkipped', 'errors', 'incidentsCreated', 'reportsMerged'],
      properties: {
        documentsAdded: { type: 'integer' },
        duplicatesSkipped: { type: 'integer' },
        errors: { type: 'integer' },
        incidentsCreated: { type: 'integer' },
        reportsMerged: { type: 'integer' },
      },
    },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['origin', 'status'],
        properties: {
          origin: { type: 'string', description: 'where the document came from: "line 3", "item 2", a URL' },
          id: { type: 'string' },
          status: { type: 'string', enum: ['added', 'duplicate', 'failed'] },
          documentId: { type: 'integer' },
          created: { type: 'array', items: { type: 'integer' } },
          merged: { type: 'array', items: { type: 'integer' } },
          error: ErrorBody.properties.error,
        },
      },
    },
  },
} as const;

export const AuditList = {
  type: 'object',
  required: ['entries', 'next'],
  properties: {
    entries: { type: 'array', items: AuditEntry },
    next: { type: nullable('integer'), description: 'pass as `after` for the next page; null on the last page' },
  },
} as const;

export const Stats = {
  type: 'object',
  required: ['documents', 'incidents', 'reports', 'claims'],
  properties: {
    documents: { type: 'integer' },
    incidents: { type: 'integer', description: 'incidents not merged into another' },
    reports: { type: 'integer' },
    claims: { type: 'integer' },
  },
} as const;

export const Session = {
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string', description: 'the name of the token, written to the audit log with each review action' } },
} as const;

export const Taxonomy = {
  type: 'object',
  required: ['eventTypes', 'rules', 'statuses', 'readAccess'],
  properties: {
    eventTypes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'subEventTypes'],
        properties: { name: { type: 'string' }, subEventTypes: { type: 'array', items: { type: 'string' } } },
      },
    },
    rules: { type: 'array', items: RuleName },
    statuses: { type: 'array', items: StatusName },
    readAccess: { type: 'string', enum: ['open', 'private'] },
  },
} as const;

export const SplitResult = {
  type: 'object',
  required: ['remaining', 'created'],
  properties: { remaining: Incident, created: Incident },
} as const;

// ---- requests ----------------------------------------------------------------------------------------------

export const IdParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'integer', minimum: 1 } },
  additionalProperties: false,
} as const;

export const IncidentQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    from: { ...Day, description: 'incidents whose dates touch [from, to] (YYYY-MM-DD, inclusive)' },
    to: Day,
    bbox: { type: 'string', description: 'minLon,minLat,maxLon,maxLat (a west edge east of the east edge crosses the antimeridian)' },
    country: { type: 'string', maxLength: 100, description: 'ISO 3166-1 alpha-2 code or English country name' },
    eventType: { type: 'string', maxLength: 100, description: 'ACLED event type (or sub-event type)' },
    subEventType: { type: 'string', maxLength: 100, description: 'ACLED sub-event type' },
    actor: { type: 'string', minLength: 1, maxLength: 200, description: 'part of an actor name, any letter case' },
    minKilled: { type: 'integer', minimum: 0, description: 'best killed figure at least this' },
    q: { type: 'string', minLength: 1, maxLength: 200, description: 'text in the place, actors, sources or claim quotes' },
    status: StatusName,
    cursor: { type: 'string', maxLength: 200, description: 'the `next` of the previous page' },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
  },
} as const;

export const ExportQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['format'],
  properties: {
    format: { type: 'string', enum: ['acled-csv', 'ucdp-csv', 'geojson', 'jsonl'] },
    from: Day,
    to: Day,
    bbox: IncidentQuery.properties.bbox,
    country: IncidentQuery.properties.country,
    eventType: IncidentQuery.properties.eventType,
    status: StatusName,
  },
} as const;

export const DocumentQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { incident: { type: 'integer', minimum: 1, description: 'only the spans of this incident (faster than all of them)' } },
} as const;

export const AuditQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    incident: { type: 'integer', minimum: 1 },
    after: { type: 'integer', minimum: 0 },
    limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
  },
} as const;

export const IngestQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { rule: { ...RuleName, description: 'toll rule of the incidents this ingest creates (default ucdp)' } },
} as const;

export const IncidentPatch = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    eventType: { type: 'string', maxLength: 100 },
    subEventType: { type: 'string', maxLength: 100 },
    date: { ...IncidentDate, additionalProperties: false },
    location: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'admin1', 'country', 'countryCode', 'lat', 'lon', 'precision'],
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 200 },
        admin1: { type: nullable('string'), maxLength: 200 },
        country: { type: 'string', maxLength: 100 },
        countryCode: { type: 'string', pattern: '^[A-Z]{2}$' },
        lat: { type: 'number', minimum: -90, maximum: 90 },
        lon: { type: 'number', minimum: -180, maximum: 180 },
        precision: LocationPrecision,
        geonameId: { type: nullable('integer') },
      },
    },
    actors: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'role'],
        properties: { name: { type: 'string', minLength: 1, maxLength: 200 }, role: ActorRole },
      },
    },
    rule: RuleName,
  },
} as const;

export const MergeBody = {
  type: 'object',
  additionalProperties: false,
  required: ['from'],
  properties: { from: { type: 'integer', minimum: 1, description: 'the incident whose reports move into this one' } },
} as const;

export const SplitBody = {
  type: 'object',
  additionalProperties: false,
  required: ['reportIds'],
  properties: { reportIds: { type: 'array', minItems: 1, maxItems: 1000, items: { type: 'integer', minimum: 1 } } },
} as const;

export const DiscountBody = {
  type: 'object',
  additionalProperties: false,
  required: ['reason'],
  properties: { reason: { type: 'string', minLength: 1, maxLength: 1000 } },
} as const;

export const IngestBody = {
  description: 'a JSON array of documents, one document, or {"url": …} fetched through the SSRF guard; or JSON Lines (application/x-ndjson)',
  anyOf: [
    { type: 'array', items: { $ref: '#/components/schemas/InputDocument' } },
    { $ref: '#/components/schemas/InputDocument' },
    { type: 'object', required: ['url'], properties: { url: { type: 'string', format: 'uri' } } },
  ],
} as const;

export const InputDocument = {
  type: 'object',
  required: ['id', 'text'],
  properties: {
    id: { type: ['string', 'integer'] },
    text: { type: 'string' },
    title: { type: 'string' },
    publishedAt: { type: 'string', description: 'YYYY-MM-DD or an ISO date-time' },
    url: { type: 'string' },
    source: { type: 'string' },
  },
} as const;

/** Shapes published under components/schemas in the OpenAPI document (and referenced wherever they are used). */
export const COMPONENTS = {
  Error: ErrorBody, Span, Quote, Toll, Casualties, IncidentDate, IncidentLocation, Actor, SourceRef, Claim, DocumentMeta, Report,
  Incident, TollChange, AuditEntry, IncidentDetail, IncidentList, DocumentSpan, DocumentWithSpans, IngestResult, AuditList, Stats,
  Session, Taxonomy, SplitResult, IncidentPatch, InputDocument,
} as const;

export type ApiError = FromSchema<typeof ErrorBody>;
export type ApiIncident = FromSchema<typeof Incident>;
export type ApiClaim = FromSchema<typeof Claim>;
export type ApiReport = FromSchema<typeof Report>;
export type ApiToll = FromSchema<typeof Toll>;
export type ApiTollChange = FromSchema<typeof TollChange>;
export type ApiAuditEntry = FromSchema<typeof AuditEntry>;
export type ApiIncidentDetail = FromSchema<typeof IncidentDetail>;
export type ApiIncidentList = FromSchema<typeof IncidentList>;
export type ApiDocument = FromSchema<typeof DocumentWithSpans>;
export type ApiDocumentSpan = FromSchema<typeof DocumentSpan>;
export type ApiIngestResult = FromSchema<typeof IngestResult>;
export type ApiAuditList = FromSchema<typeof AuditList>;
export type ApiStats = FromSchema<typeof Stats>;
export type ApiSession = FromSchema<typeof Session>;
export type ApiTaxonomy = FromSchema<typeof Taxonomy>;
export type ApiSplitResult = FromSchema<typeof SplitResult>;
export type IncidentQueryT = FromSchema<typeof IncidentQuery>;
export type ExportQueryT = FromSchema<typeof ExportQuery>;
export type DocumentQueryT = FromSchema<typeof DocumentQuery>;
export type AuditQueryT = FromSchema<typeof AuditQuery>;
export type IngestQueryT = FromSchema<typeof IngestQuery>;
export type IncidentPatchT = FromSchema<typeof IncidentPatch>;
export type IdParamsT = FromSchema<typeof IdParams>;
export type MergeBodyT = FromSchema<typeof MergeBody>;
export type SplitBodyT = FromSchema<typeof SplitBody>;
export type DiscountBodyT = FromSchema<typeof DiscountBody>;
