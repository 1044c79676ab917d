// What every export format derives from a ledger incident the same way: who did it to whom, which outlets
// reported it, and the tolls under a given rule.
import type { Rule } from '../core/types.js';
import { ledgerCasualties } from '../store/rows.js';
import type { LedgerIncident, ReportLink } from '../store/types.js';

export const perpetrators = (i: LedgerIncident): string[] => i.actors.filter((a) => a.role === 'perpetrator').map((a) => a.name);
export const targets = (i: LedgerIncident): string[] => i.actors.filter((a) => a.role === 'target' || a.role === 'victim').map((a) => a.name);

/** The outlet a report came from: the document's source, else its web host, else the id the input gave it. */
export function outlet(r: ReportLink): string {
  if (r.document.source) return r.document.source;
  if (r.document.url) {
    try {
      return new URL(r.document.url).hostname;
    } catch {
      // not a URL: fall through
    }
  }
  return r.document.sourceId;
}

/** Distinct outlets in report order. */
export const outlets = (i: LedgerIncident): string[] => [...new Set(i.reports.map(outlet))];

/** Killed toll under a rule (the incident's own rule returns its stored toll). */
export const killedUnder = (i: LedgerIncident, rule: Rule) => (rule === i.rule ? i.casualties.killed : ledgerCasualties(i, rule).killed);

/** Coordinates rounded to what a gazetteer point means (about 10 cm), finite or null. */
export const coordinate = (x: number | undefined): number | null => (x !== undefined && Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : null);
