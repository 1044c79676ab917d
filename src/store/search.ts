// What the incident filters search: each live incident has one `incident_text` row holding the words of its
// places, actors, sources and claim quotes (folded: lower case, no accents, letters and digits only) and its
// actors' folded names. SQLite indexes the words with FTS5, PostgreSQL with a tsvector (migration 3), so a
// text search is an index lookup in either engine; the actor filter is a substring test on the short names.
//
// The words are kept up to date where an incident changes: a new incident writes them, a joining report adds
// its own, and a review action rewrites them from what the incident holds afterwards.
import type { Claim, IncidentLocation } from '../core/types.js';
import { type Program, type Query, type SqlValue, all, run, statement } from './program.js';
import type { IncidentFilter, LedgerIncident } from './types.js';

/** Lower case without accents or apostrophes, so "Tall Afar" finds "Tall ‘Afar" and "idleb" needs no diacritics. */
export const folded = (s: string): string =>
  s.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[\u2018\u2019\u02BB\u02BF\u02BE'`]/g, '').toLowerCase();

/** The search terms of a text: its folded runs of letters and digits. */
export const searchTerms = (s: string): string[] => folded(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export interface SearchText {
  /** Distinct search terms, space-separated. */
  words: string;
  /** Distinct folded actor names, one per line (a substring never spans two names). */
  actorNames: string;
}

type Place = Pick<IncidentLocation, 'name' | 'admin1' | 'country'>;

/** What an incident (or one report of it) contributes to the search: places, actors, and who said what. */
export function searchTextOf(places: (Place | null)[], actors: { name: string }[], claims: Claim[]): SearchText {
  const parts: string[] = [];
  for (const p of places) if (p) parts.push(p.name, p.admin1 ?? '', p.country);
  for (const a of actors) parts.push(a.name);
  for (const c of claims) parts.push(c.quote.text, c.victims ?? '', c.source.name ?? '', c.source.handle ?? '');
  return {
    words: [...new Set(parts.flatMap(searchTerms))].join(' '),
    actorNames: [...new Set(actors.map((a) => folded(a.name).trim()).filter(Boolean))].join('\n'),
  };
}

/** Both texts together, each term and name once. */
export const unionText = (a: SearchText, b: SearchText): SearchText => ({
  words: [...new Set([...a.words.split(' '), ...b.words.split(' ')].filter(Boolean))].join(' '),
  actorNames: [...new Set([...a.actorNames.split('\n'), ...b.actorNames.split('\n')].filter(Boolean))].join('\n'),
});

/** The statement that writes (or replaces) an incident's search text. */
export const searchTextStatement = (incidentId: number, text: SearchText): Query =>
  statement(
    `INSERT INTO incident_text (incident_id, words, actor_names) VALUES (?, ?, ?)
     ON CONFLICT (incident_id) DO UPDATE SET words = excluded.words, actor_names = excluded.actor_names`,
    incidentId, text.words, text.actorNames,
  );

/** Writes (or replaces) an incident's search text. */
export function* writeSearchText(incidentId: number, text: SearchText): Program<void> {
  const { sql, params } = searchTextStatement(incidentId, text);
  yield* run(sql, ...params);
}

/** An incident's search text rebuilt from what it holds: its place, every place its reports gave, its actors and claims. */
export function* rebuildSearchText(incident: LedgerIncident): Program<void> {
  const reported = yield* all<{ extracted: string }>('SELECT extracted FROM reports WHERE incident_id = ? ORDER BY id', incident.id);
  const places = [incident.location, ...reported.map((r) => (JSON.parse(r.extracted) as { location: Place | null }).location)];
  yield* writeSearchText(incident.id, searchTextOf(places, incident.actors, incident.claims));
}

// ---- filters ------------------------------------------------------------------------------------------------

/** `%`, `_` and the escape character itself, escaped for LIKE … ESCAPE '\'. */
const likeEscaped = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * SQL conditions on `incidents` for the filters that read the search text: `actor` (part of a name) and `q`
 * (every term the prefix of a word). Null `q` terms (only punctuation) match everything.
 */
export function searchConditions(filter: Pick<IncidentFilter, 'actor' | 'q'>, dialect: 'sqlite' | 'postgres'): { where: string[]; params: SqlValue[] } {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (filter.actor !== undefined) {
    const needle = folded(filter.actor).trim();
    if (needle !== '') {
      // Checked per incident by primary key, so a page of a common actor stops as soon as it is full.
      where.push(`EXISTS (SELECT 1 FROM incident_text t WHERE t.incident_id = incidents.id AND t.actor_names LIKE ? ESCAPE '\\')`);
      params.push(`%${likeEscaped(needle)}%`);
    }
  }
  if (filter.q !== undefined) {
    const terms = [...new Set(searchTerms(filter.q))];
    if (terms.length > 0) {
      if (dialect === 'sqlite') {
        where.push('id IN (SELECT rowid FROM incident_words WHERE incident_words MATCH ?)');
        params.push(terms.map((t) => `"${t}"*`).join(' AND '));
      } else {
        where.push(`id IN (SELECT incident_id FROM incident_text WHERE words_vector @@ to_tsquery('simple', ?))`);
        params.push(terms.map((t) => `${t}:*`).join(' & '));
      }
    }
  }
  return { where, params };
}
