// Turns the claims attached to one incident into low / best / high tolls.
//
// A claim is one source's statement. Before comparing sources we total each source's own statements:
// complementary groups it names add up ("12 soldiers and 5 civilians" → 17, UCDP GED sums all parties'
// deaths), a part of a count is not added ("including 6 children"), and when one source gives several totals
// its highest stands (a source that says "16 killed" and later "the toll rose to 20" has updated itself).
// Sources are then compared under the chosen rule:
//  - lowest (ACLED codebook: "the most conservative estimate"): the lowest total, vague words at ACLED's
//    fixed figures ("dozens" → 12); low = best = high.
//  - ucdp (UCDP GED codebook: best, low and high estimates): low = lowest total, high = highest total (null
//    when that total is open-ended, "more than 60"), best = the total most sources agree on, ties to the higher.
//  - minmax (Airwars: the range across sources): low = lowest minimum, high = highest figure given, best as ucdp.
import type { Casualties, CasualtyKind, Claim, Rule, Toll } from '../core/types.js';

interface Total {
  min: number;
  /** null = open upper bound */
  max: number | null;
  /** figure under ACLED's conventions */
  conventional: number;
  support: number;
}

const sourceKey = (c: Claim): string => (c.source.name ?? c.source.handle ?? '').toLowerCase();

/** Totals per source, in order of first mention. */
function sourceTotals(claims: Claim[]): Total[] {
  const bySource = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = sourceKey(c);
    const list = bySource.get(key);
    if (list) list.push(c);
    else bySource.set(key, [c]);
  }
  const totals: Total[] = [];
  for (const list of bySource.values()) {
    const statements: Total[] = [];
    const wholes = list.filter((c) => c.subgroupOf === undefined || c.subgroupOf === null);
    // Only parts were stated ("at least four children were among the dead"): the whole is at least their sum.
    const counted = wholes.length > 0 ? wholes : list;
    for (const c of counted) {
      const figure: Total = { min: c.min, max: c.max, conventional: c.conventional ?? c.min, support: 1 };
      const last = statements[statements.length - 1];
      if (c.additive && last) {
        last.min += figure.min;
        last.max = last.max === null || figure.max === null ? null : last.max + figure.max;
        last.conventional += figure.conventional;
      } else {
        statements.push(figure);
      }
    }
    if (wholes.length === 0) for (const s of statements) s.max = null;
    // The source's own highest statement stands; equal restatements of it add support.
    let best = statements[0];
    for (const s of statements) if (s.min > best.min || (s.min === best.min && (s.max ?? Infinity) > (best.max ?? Infinity))) best = s;
    totals.push({ ...best, support: statements.filter((s) => s.min === best.min).length });
  }
  return totals;
}

/** Tolls for one kind of casualty; null when no claim speaks of it. */
export function reconcileKind(claims: Claim[], kind: CasualtyKind, rule: Rule): Toll | null {
  const relevant = claims.filter((c) => c.kind === kind && !c.discounted);
  if (relevant.length === 0) return null;
  // "No one was killed" stands only when no source gives a positive figure.
  const positive = relevant.filter((c) => c.max === null || c.max > 0);
  if (positive.length === 0) return { low: 0, best: 0, high: 0 };
  const totals = sourceTotals(positive);

  if (rule === 'lowest') {
    const value = Math.min(...totals.map((t) => t.conventional));
    return { low: value, best: value, high: value };
  }

  const low = Math.min(...totals.map((t) => t.min));
  const best = bestEstimate(totals);
  const top = totals.reduce((a, b) => ((b.max ?? b.min) > (a.max ?? a.min) || (b.min > a.min && (b.max ?? b.min) === (a.max ?? a.min)) ? b : a));
  const high = rule === 'ucdp' && top.max === null ? null : Math.max(...totals.map((t) => t.max ?? t.min));
  return { low, best: Math.max(low, best), high: high === null ? null : Math.max(high, best) };
}

/** The figure most sources agree on; ties go to the higher figure (UCDP prefers the most complete report). */
function bestEstimate(totals: Total[]): number {
  const votes = new Map<number, number>();
  for (const t of totals) votes.set(t.min, (votes.get(t.min) ?? 0) + t.support);
  let best = -1;
  let bestVotes = 0;
  for (const [value, n] of votes) if (n > bestVotes || (n === bestVotes && value > best)) [best, bestVotes] = [value, n];
  return best;
}

export function reconcile(claims: Claim[], rule: Rule): Casualties {
  return { killed: reconcileKind(claims, 'killed', rule), injured: reconcileKind(claims, 'injured', rule), rule };
}
