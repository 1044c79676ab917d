// How ledger values read on screen: tolls as "30–61 (best 45)", dates by their precision, claims as a figure
// with its qualifier, and one colour per ACLED event type (a colour-blind-safe palette, Okabe & Ito 2008).
import type { ApiClaim, ApiIncident, ApiToll } from '../server/schemas.js';

export const EVENT_COLOURS: Record<string, string> = {
  Battles: '#d55e00',
  'Explosions/Remote violence': '#cc79a7',
  'Violence against civilians': '#0072b2',
  Protests: '#009e73',
  Riots: '#e69f00',
  'Strategic developments': '#56b4e9',
};
export const OTHER_COLOUR = '#777777';
export const colourOf = (eventType: string): string => EVENT_COLOURS[eventType] ?? OTHER_COLOUR;

/** "45 (30–61)", "45 (30 or more)", "none reported". */
export function tollText(t: ApiToll | null): string {
  if (!t) return 'none reported';
  if (t.high === null) return `${t.best} (${t.low} or more)`;
  if (t.low === t.high) return String(t.best);
  return `${t.best} (${t.low}–${t.high})`;
}

export function dateText(date: ApiIncident['date']): string {
  if (!date) return 'date unknown';
  if (date.start === date.end) return date.start;
  return `${date.start} to ${date.end}${date.precision === 'day' ? '' : ` (${date.precision})`}`;
}

export function placeText(location: ApiIncident['location']): string {
  if (!location) return 'place unknown';
  const parts = [location.name];
  if (location.admin1 && location.admin1 !== location.name) parts.push(location.admin1);
  if (location.country && location.country !== location.name) parts.push(location.country);
  return parts.join(', ');
}

const QUALIFIERS: Record<ApiClaim['qualifier'], string> = {
  exact: '',
  at_least: 'at least ',
  more_than: 'more than ',
  about: 'about ',
  up_to: 'up to ',
  range: '',
  vague: 'vague: ',
};

/** "at least 4 killed", "12–24 killed", "more than 60 killed", "12 killed across 3 attacks". */
export function claimFigure(c: ApiClaim): string {
  const figure = c.qualifier === 'more_than' ? `${Math.max(0, c.min - 1)}` : c.max !== null && c.max !== c.min ? `${c.min}–${c.max}` : `${c.min}`;
  const shared = c.sharedBy ? ` across ${c.sharedBy} attacks` : '';
  return `${QUALIFIERS[c.qualifier]}${figure} ${c.kind}${shared}`;
}

export function sourceText(c: ApiClaim): string {
  const s = c.source;
  const parts = [s.name ?? 'unattributed', `(${s.kind.replace('_', ' ')})`];
  if (s.handle) parts.push(s.handle);
  if (s.date) parts.push(s.date);
  return parts.join(' ');
}

export const incidentTitle = (i: ApiIncident): string => `${i.subEventType} in ${placeText(i.location)}`;

/** Whether an incident's dates touch the range [from, to] (days, inclusive). */
export const touches = (i: ApiIncident, from: string, to: string): boolean => !!i.date && i.date.start <= to && i.date.end >= from;

export const shortTime = (iso: string): string => iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
