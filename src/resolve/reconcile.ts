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
import type { Casualties, CasualtyKind, Claim, Rule, SourceKind, Toll } from '../core/types.js';
import { CODER_SOURCE } from '../core/types.js';

interface Figure {
  min: number;
  /** null = open upper bound */
  max: number | null;
  /** figure under ACLED's conventions */
  conventional: number;
}

interface Total extends Figure {
  support: number;
  /** Every figure of this source was a vague word. */
  vague: boolean;
  /** The source only named some victims ("she was killed", "two children were among the dead"). */
  partial: boolean;
}

const ZERO: Figure = { min: 0, max: 0, conventional: 0 };
const add = (a: Figure, b: Figure): Figure => ({ min: a.min + b.min, max: a.max === null || b.max === null ? null : a.max + b.max, conventional: a.conventional + b.conventional });
const larger = (a: Figure, b: Figure): Figure => (b.min > a.min || (b.min === a.min && (b.max ?? Infinity) > (a.max ?? Infinity)) ? b : a);
/** A claim's figure under a rule: vague words take the convention's fixed figures where it has them. */
function figureOf(c: Claim, rule: Rule): Figure {
  const codes = c.vagueCodes;
  // "More than 120" is counted as the 120 it writes: coders (ACLED, GTD, UCDP) record the stated figure,
  // the claim itself keeps the strict reading (121 and up, CONTRACT.md).
  if (c.qualifier === 'more_than') return { min: c.min - 1, max: c.max, conventional: c.min - 1 };
  if (!codes) return { min: c.min, max: c.max, conventional: c.min };
  if (rule === 'minmax' && codes.airwars) return { min: codes.airwars.min, max: codes.airwars.max, conventional: codes.acled };
  return { min: c.min, max: c.max, conventional: codes.acled };
}

// Victim groups that are parts of civilians (children, women, men are counted inside "civilians").
const CIVILIAN_PARTS = new Set(['children', 'women', 'men']);
const groupKey = (c: Claim): string => {
  const g = c.victimGroup ?? 'people';
  return CIVILIAN_PARTS.has(g) ? `civilians:${g}` : g;
};

/**
 * How much a source's figure counts towards the best estimate. A party's claim about its enemy's losses, or an
 * unverified post, is weaker evidence than an official, monitor, outlet or witness (UCDP GED codebook: the
 * best estimate rests on the most reliable reports).
 */
const SOURCE_WEIGHT: Record<SourceKind, number> = { government: 1, monitor: 1, media: 1, witness: 1, unknown: 1, social: 0.6, armed_group: 0.6 };

const HEADLINE_VOTE = 1;
const UPDATE_VOTE = 1;

const sourceKey = (c: Claim): string => (c.source.name ?? c.source.handle ?? '').toLowerCase();

/**
 * One source's total. Its claims form statements: a claim and the claims that add to it ("12 soldiers and 5
 * civilians", "in addition to the bomber, six people", "a further 3"). A statement about one victim group
 * counts for that group, a mixed one for everyone. Within a group the highest statement stands (a restatement
 * or an update); different groups add up (soldiers + civilians + attackers, as UCDP GED sums all parties);
 * parts of civilians (children, women, men) add up to at most the civilians figure; and a statement about
 * everyone stands when it is larger than the groups' sum.
 */
function sourceTotal(claims: Claim[], rule: Rule): Figure {
  // A named victim adds nothing to a toll the same source gave, nor does its vague word next to its figure.
  const named = claims.some((c) => !c.partial) ? claims.filter((c) => !c.partial) : claims;
  const tolls = named.some((c) => !c.vagueCodes) ? named.filter((c) => !c.vagueCodes) : named;
  const wholes = tolls.filter((c) => c.subgroupOf === undefined || c.subgroupOf === null);
  const counted = wholes.length > 0 ? wholes : tolls;
  const statements: { key: string; figure: Figure }[] = [];
  for (const c of counted) {
    const last = statements[statements.length - 1];
    if (c.additive && last) {
      last.figure = add(last.figure, figureOf(c, rule));
      if (last.key !== groupKey(c)) last.key = 'people';
    } else statements.push({ key: groupKey(c), figure: figureOf(c, rule) });
  }
  const groups = new Map<string, Figure>();
  for (const { key, figure } of statements) groups.set(key, groups.has(key) ? larger(groups.get(key)!, figure) : figure);
  let parts: Figure = ZERO;
  let sum: Figure = ZERO;
  for (const [key, f] of groups) {
    if (key.startsWith('civilians:')) parts = add(parts, f);
    else if (key !== 'people' && key !== 'civilians') sum = add(sum, f);
  }
  const civilians = groups.has('civilians') ? larger(groups.get('civilians')!, parts) : parts;
  sum = add(sum, civilians);
  const total = groups.has('people') ? larger(groups.get('people')!, sum) : sum;
  // Only parts were stated ("at least four children were among the dead"): the whole is at least their sum.
  return wholes.length === 0 ? { ...total, max: null } : total;
}

/** Totals per source, in order of first mention. */
function sourceTotals(claims: Claim[], rule: Rule): Total[] {
  const bySource = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = sourceKey(c);
    const list = bySource.get(key);
    if (list) list.push(c);
    else bySource.set(key, [c]);
  }
  return [...bySource.values()].map((list) => {
    const vague = list.every((c) => c.vagueCodes);
    const partial = list.every((c) => c.partial || (c.subgroupOf !== undefined && c.subgroupOf !== null));
    // A source that says the toll has risen is reporting the latest figure: its word counts double.
    const update = list.some((c) => c.update) ? UPDATE_VOTE : 0;
    return { ...sourceTotal(list, rule), vague, partial, support: SOURCE_WEIGHT[list[0].source.kind] + update };
  });
}

export interface ReconcileOptions {
  /**
   * Figures a headline gives for this kind ("Strike kills 85"). A headline is the outlet's summary of its own
   * story, not a source, so it is no claim; but where a source's figure equals it, that figure gets a vote more.
   */
  headline?: number[];
}

/** Tolls for one kind of casualty; null when no claim speaks of it. */
export function reconcileKind(claims: Claim[], kind: CasualtyKind, rule: Rule, options: ReconcileOptions = {}): Toll | null {
  const ofKind = claims.filter((c) => c.kind === kind && !c.discounted);
  if (ofKind.length === 0) return null;
  // Under ACLED's rule a coder's note ("Fatalities coded as 8") is ACLED's own figure for the event: it stands
  // over the reports it was coded from.
  const coded = rule === 'lowest' ? ofKind.filter((c) => c.source.name === CODER_SOURCE) : [];
  const relevant = coded.length > 0 ? coded : ofKind;
  // A toll given across several attacks: when every figure is such a total over the same attacks, the toll is
  // reckoned from the totals (so parts add up before rounding) and then shared evenly; otherwise each shared
  // figure is shared before it meets the others.
  const shares = new Set(relevant.map((c) => c.sharedBy ?? 1));
  if (shares.size === 1 && !shares.has(1)) {
    const n = [...shares][0];
    const whole = reconcileKind(relevant.map((c) => ({ ...c, sharedBy: undefined })), kind, rule, options);
    return whole && { low: share(whole.low, n), best: share(whole.best, n), high: whole.high === null ? null : share(whole.high, n) };
  }
  if (shares.size > 1) {
    const own = relevant.map((c) => (c.sharedBy && c.sharedBy > 1 ? { ...c, min: share(c.min, c.sharedBy), max: c.max === null ? null : share(c.max, c.sharedBy), sharedBy: undefined } : c));
    return reconcileKind(own, kind, rule, options);
  }
  // "No one was killed" stands only when no source gives a positive figure; a coder's "coded as 0" is a figure.
  const positive = relevant.filter((c) => c.max === null || c.max > 0 || c.source.name === CODER_SOURCE);
  if (positive.length === 0) return { low: 0, best: 0, high: 0 };
  const all = sourceTotals(positive, rule);
  // A vague word ("dozens") is consistent with any written figure in its range; it only sets the toll when
  // no source gave a figure (ACLED codebook: fixed numbers stand in for vague words when nothing else is known).
  const written = all.some((t) => !t.vague) ? all.filter((t) => !t.vague) : all;
  // A source that only named a victim or two gives no toll when another source gives one.
  const totals = written.some((t) => !t.partial) ? written.filter((t) => !t.partial) : written;

  if (rule === 'lowest') {
    const value = Math.min(...totals.map((t) => t.conventional));
    return { low: value, best: value, high: value };
  }

  const low = Math.min(...totals.map((t) => t.min));
  const best = bestEstimate(totals, options.headline ?? []);
  const top = totals.reduce((a, b) => ((b.max ?? b.min) > (a.max ?? a.min) || (b.min > a.min && (b.max ?? b.min) === (a.max ?? a.min)) ? b : a));
  const high = rule === 'ucdp' && top.max === null ? null : Math.max(...totals.map((t) => t.max ?? t.min));
  return { low, best: Math.max(low, best), high: high === null ? null : Math.max(high, best) };
}

/** An even share of a total over n attacks, rounded to the nearest whole person. */
const share = (total: number, n: number): number => Math.round(total / n);

/**
 * The figure most sources agree on; a tie goes to the source told first, as news leads with its
 * best-established toll (totals are in order of first mention; Map keeps insertion order).
 */
function bestEstimate(totals: Total[], headline: number[]): number {
  const votes = new Map<number, number>();
  for (const t of totals) votes.set(t.min, (votes.get(t.min) ?? 0) + t.support);
  for (const n of headline) if (votes.has(n)) votes.set(n, votes.get(n)! + HEADLINE_VOTE);
  let best = -1;
  let bestVotes = 0;
  for (const [value, n] of votes) if (n > bestVotes) [best, bestVotes] = [value, n];
  return best;
}

export function reconcile(claims: Claim[], rule: Rule, options: { headlineKilled?: number[] } = {}): Casualties {
  return { killed: reconcileKind(claims, 'killed', rule, { headline: options.headlineKilled }), injured: reconcileKind(claims, 'injured', rule), rule };
}
