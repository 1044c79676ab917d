// A list of regular-expression alternatives matched exactly as the global regex `BEFORE(?:a0|a1|…)AFTER` would
// match them (same matches, and for each the first alternative in order that matches there) without making V8
// try every alternative at every word start, which is what one big alternation costs.
//
// Each alternative's pattern is read just far enough to know which characters it can begin with (up to
// MAX_DEPTH of them, over classes of ASCII characters that no pattern tells apart), and all alternations
// compiled with the same flags share one trie of those beginnings. A text is walked through the trie once, at
// each word start; where the walk stops, each alternation finds the few alternatives that can match there,
// which run as one small sticky regex. An alternative the walk cannot narrow down (it may start with any
// letter, say) is skipped in a text that lacks a literal all its matches contain. Anything the reader does not
// model (a back-reference, a class of many characters, a repetition that may match nothing) only makes an
// alternative tried at more places, never at fewer, so the matches stay the regex's own; alternation.test.ts
// checks them against the single regex.

const WORD_CHAR = '[\\p{L}\\p{N}_]';
// A word boundary that treats letters, digits and the underscore as word characters, whatever the script.
export const BEFORE = `(?<!${WORD_CHAR})`;
export const AFTER = `(?!${WORD_CHAR})`;
// The same boundary where the next character is ASCII. V8 takes a millisecond to compile \p{L} under the `iu`
// flags (case closure over every letter), so a regex whose match is known to be followed by ASCII (or by the
// end) uses this one instead: the two agree on every ASCII character.
const ASCII_AFTER = '(?![A-Za-z0-9_])';

// ───────────── reading a pattern ─────────────

/** A pattern read as far as its characters go: lookarounds and assertions consume nothing. */
type Node =
  | { kind: 'char'; source: string } // one character: a literal, an escape such as \w, or a class
  | { kind: 'empty' } // an assertion or a lookaround
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; item: Node; min: number; max: number };

/** A construct the reader does not model (a back-reference): the alternative is then tried everywhere. */
class Unmodelled extends Error {}

const SYNTAX = new Set([...'\\^$.*+?()[]{}|/']);

function parsePattern(source: string): Node {
  let i = 0;
  const fail = (): never => {
    throw new Unmodelled(source);
  };
  const alternation = (): Node => {
    const options = [sequence()];
    while (source[i] === '|') {
      i++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0] : { kind: 'alt', options };
  };
  const sequence = (): Node => {
    const items: Node[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') items.push(quantified(atom()));
    return { kind: 'seq', items };
  };
  const group = (skip: number, zeroWidth: boolean): Node => {
    i += skip;
    const inner = alternation();
    if (source[i] !== ')') fail();
    i++;
    return zeroWidth ? { kind: 'empty' } : inner;
  };
  const atom = (): Node => {
    const ch = source[i];
    if (ch === '(') {
      if (source.startsWith('(?:', i)) return group(3, false);
      if (source.startsWith('(?=', i) || source.startsWith('(?!', i)) return group(3, true);
      if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) return group(4, true);
      if (source.startsWith('(?<', i)) {
        const close = source.indexOf('>', i);
        if (close < 0) fail();
        return group(close + 1 - i, false);
      }
      if (source[i + 1] === '?') fail();
      return group(1, false);
    }
    if (ch === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      if (j >= source.length) fail();
      const piece = source.slice(i, j + 1);
      i = j + 1;
      return { kind: 'char', source: piece };
    }
    if (ch === '\\') {
      const e = source[i + 1];
      if (e === undefined || e === 'k' || (e >= '1' && e <= '9')) fail();
      if (e === 'b' || e === 'B') {
        i += 2;
        return { kind: 'empty' };
      }
      let end = i + 2;
      if (e === 'p' || e === 'P' || (e === 'u' && source[i + 2] === '{')) end = source.indexOf('}', i) + 1;
      else if (e === 'x') end = i + 4;
      else if (e === 'u') end = i + 6;
      else if (e === 'c') end = i + 3;
      if (end <= i) fail();
      const piece = source.slice(i, end);
      i = end;
      return { kind: 'char', source: piece };
    }
    if (ch === '^' || ch === '$') {
      i++;
      return { kind: 'empty' };
    }
    if (ch === '.') {
      i++;
      return { kind: 'char', source: '.' };
    }
    if (ch === '*' || ch === '+' || ch === '?' || ch === '{' || ch === undefined) fail();
    const literal = String.fromCodePoint(source.codePointAt(i)!);
    i += literal.length;
    return { kind: 'char', source: SYNTAX.has(literal) ? `\\${literal}` : literal };
  };
  const quantified = (item: Node): Node => {
    let min: number;
    let max: number;
    const ch = source[i];
    if (ch === '?') [min, max, i] = [0, 1, i + 1];
    else if (ch === '*') [min, max, i] = [0, Infinity, i + 1];
    else if (ch === '+') [min, max, i] = [1, Infinity, i + 1];
    else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i)) ?? fail();
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      i += m[0].length;
    } else return item;
    if (source[i] === '?') i++; // lazy or greedy, the same characters can come first
    return { kind: 'repeat', item, min, max };
  };
  const node = alternation();
  if (i !== source.length) fail();
  return node;
}

/** Whether a pattern has capture groups of its own, numbered or named. */
function hasGroups(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (ch === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!'))) return true;
  }
  return false;
}

function nullable(node: Node): boolean {
  switch (node.kind) {
    case 'char':
      return false;
    case 'empty':
      return true;
    case 'seq':
      return node.items.every(nullable);
    case 'alt':
      return node.options.some(nullable);
    case 'repeat':
      return node.min === 0 || nullable(node.item);
  }
}

/** Calls `f` on every character piece of a pattern. */
function eachPiece(node: Node, f: (piece: string) => void): void {
  switch (node.kind) {
    case 'char':
      return f(node.source);
    case 'empty':
      return;
    case 'seq':
      return node.items.forEach((n) => eachPiece(n, f));
    case 'alt':
      return node.options.forEach((n) => eachPiece(n, f));
    case 'repeat':
      return eachPiece(node.item, f);
  }
}

/** The character a piece stands for when it is one literal ASCII character ("a", "\."), else null. */
function literalChar(piece: string): string | null {
  const ch = piece.length === 1 ? piece : piece.length === 2 && piece[0] === '\\' && SYNTAX.has(piece[1]) ? piece[1] : null;
  return ch !== null && ch.charCodeAt(0) < ASCII ? ch : null;
}

/**
 * The longest run of literal characters every match of a pattern contains, or ''. Found in sequences only: a
 * run ends at anything that is not one literal character (lookarounds consume nothing and do not end it).
 */
function requiredLiteral(node: Node, caseless: boolean): string {
  let best = '';
  let run = '';
  const end = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  const walk = (n: Node): void => {
    if (n.kind === 'char') {
      const ch = literalChar(n.source);
      if (ch === null) end();
      else run += caseless ? ch.toLowerCase() : ch;
    } else if (n.kind === 'seq') n.items.forEach(walk);
    else if (n.kind === 'repeat' && n.min > 0) {
      end();
      walk(n.item);
      end();
    } else if (n.kind !== 'empty') end();
  };
  walk(node);
  end();
  return best;
}

// ───────────── the trie of beginnings ─────────────

const ASCII = 128;
const NON_ASCII = /[^\x00-\x7f]/g;
/** Characters of the beginning read into the trie, at most. */
const MAX_DEPTH = 8;
/** Shallower limits tried in turn when an alternative's beginning is too intricate to read that deep. */
const FALLBACK_DEPTHS = [6, 3, 1];
/** A piece matching more classes of characters than this ends an alternative's branch ("[a-z]", "\w"). */
const MAX_BRANCHES = 8;
/** ... and so does a branch that has forked into more paths than this. */
const MAX_FANOUT = 16;
/** Steps of the reader per alternative and depth limit. */
const MAX_WORK = 50_000;
/** A trie node with at least this many edges gets a row of child by class. */
const MIN_TABLE_EDGES = 6;
/** Alternatives tried after reading at most this many characters of their beginning are checked for a literal. */
const GUARD_DEPTH = 2;
/** A literal every match must contain is checked against the text when it is at least this long. */
const MIN_GUARD = 5;

/** Alternatives of one alternation, in its order, as one sticky regex (compiled when first needed). */
interface Bucket {
  alts: number[];
  regex: RegExp | null;
  /** The same with ASCII_AFTER, for a text range without characters outside ASCII. */
  asciiRegex: RegExp | null;
  /** Per alternative of the bucket, its own sticky regex: only when some alternative has groups of its own. */
  each: RegExp[] | null;
  asciiEach: RegExp[] | null;
  /**
   * When every alternative must contain a literal and is tried after at most GUARD_DEPTH characters of its
   * beginning: those literals (a text without any of them skips the bucket). Deeper, the walk has read enough.
   */
  guards: string[] | null;
}

/** The trie while it is built; `Trie` is its frozen form. */
interface TrieNode {
  next: Map<number, TrieNode>;
  /** Per alternation (by its number in the group): alternatives whose beginning ends here, tried whatever follows. */
  ends: Map<number, number[]>;
  /** Per alternation: alternatives whose beginning goes on below. */
  below: Map<number, number[]>;
}

const newNode = (): TrieNode => ({ next: new Map(), ends: new Map(), below: new Map() });

/** Appends in order: alternatives come in their own order, so a repeat is always the list's last. */
function addTo(map: Map<number, number[]>, owner: number, a: number): void {
  let list = map.get(owner);
  if (!list) map.set(owner, (list = []));
  if (list[list.length - 1] !== a) list.push(a);
}

/** Sorted union of two lists of alternatives. */
function union(a: readonly number[], b: readonly number[] | undefined): number[] {
  if (!b || b.length === 0) return a as number[];
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/**
 * The trie in flat arrays (walked at every word start of every text, so kept small and contiguous). Node k's
 * edges are edgeClass/edgeTo[edgeStart[k] .. edgeStart[k + 1]), by class; a node with many edges also has them
 * as a row of `table` (one entry per class) from tableRow[k]. Its stops, one per alternation with something
 * to try when a walk ends there, are stopOwner/stopBucket[stopStart[k] .. stopStart[k + 1]), leaving out an
 * alternation's default (its `rootBucket`: the alternatives it tries at every word start) which the walk
 * adds itself. When the walk ends there because the next character is not ASCII (its class unknown, so every
 * alternative below too), the stops are wideOwner/wideBucket[wideStart[k] .. wideStart[k + 1]), all of them.
 */
interface Trie {
  /** ASCII character → class: characters that no piece of the group tells apart share one. */
  classOf: Uint8Array;
  classCount: number;
  /** Start of node k's row in `table`, or -1. */
  tableRow: Int32Array;
  table: Int32Array;
  /** Per alternation, the bucket it tries at every word start (its alternatives that end at the root), or -1. */
  rootBucket: Int32Array;
  /** Per bucket number: 1 when it has guard literals. */
  guarded: Uint8Array;
  edgeStart: Int32Array;
  edgeClass: Uint8Array;
  edgeTo: Int32Array;
  stopStart: Int32Array;
  stopOwner: Int32Array;
  stopBucket: Int32Array;
  wideStart: Int32Array;
  wideOwner: Int32Array;
  wideBucket: Int32Array;
  /** Buckets by number, for the stops. */
  buckets: Bucket[];
  bucketIds: Map<Bucket, number>;
}

/** A bucket's number in a trie's list (added when new); -1 for none. */
function numberOf(trie: Trie, b: Bucket | null): number {
  if (b === null) return -1;
  let id = trie.bucketIds.get(b);
  if (id === undefined) {
    trie.bucketIds.set(b, (id = trie.buckets.length));
    trie.buckets.push(b);
  }
  return id;
}

/** Continuation of a pattern: what remains to be read after the current item. */
type Rest = { item: Node; next: Rest } | null;

/** Per alternation, the word starts of a text where some of its alternatives may match, and which ones (a bucket number). */
interface Candidates {
  positions: Int32Array;
  buckets: Int32Array;
  count: number;
}

interface Scan {
  text: string;
  /** The text holds surrogate pairs: positions step by code point there, which the walk does not model. */
  surrogates: boolean;
  /** Positions of the characters outside ASCII, in order. */
  nonAscii: number[];
  candidates: Candidates[];
}

/**
 * The alternations sharing one set of flags: their trie, and the last texts scanned. Flags decide what counts as
 * a word character and whether letter case matters, so they are the same for all alternations in a group.
 */
class Group {
  readonly flags: string;
  readonly caseless: boolean;
  private readonly members: Alternation[] = [];
  private trie: Trie | null = null;
  private readonly wordRe: RegExp;
  /** Per UTF-16 code unit: 1 a word character, 0 not, -1 not yet known. */
  private readonly isWord = new Int8Array(0x10000).fill(-1);
  /** The two texts scanned last (a title and its article alternate). */
  private scans: Scan[] = [];
  /** Per character outside ASCII: whether it folds to an ASCII letter but lower-cases otherwise. */
  private readonly foldVerdicts = new Map<number, boolean>();
  /** Candidate arrays of a scan dropped from the cache, for the next one. */
  private spare: Candidates[] | null = null;

  constructor(flags: string) {
    this.flags = flags;
    this.caseless = flags.includes('i');
    this.wordRe = new RegExp(`^${WORD_CHAR}$`, flags);
  }

  join(a: Alternation): number {
    this.members.push(a);
    this.trie = null;
    this.scans = [];
    this.spare = null;
    return this.members.length - 1;
  }

  private build(): Trie {
    // The ASCII characters each piece matches, by regex test under the group's flags (so with its case folding);
    // characters that every piece treats alike fall in one class.
    const members = new Map<string, number[]>();
    for (const m of this.members) {
      for (const pattern of m.patterns()) {
        if (pattern) {
          eachPiece(pattern, (piece) => {
            if (members.has(piece)) return;
            const re = new RegExp(`^(?:${piece})$`, this.flags);
            const list: number[] = [];
            for (let c = 0; c < ASCII; c++) if (re.test(String.fromCharCode(c))) list.push(c);
            members.set(piece, list);
          });
        }
      }
    }
    const signatures: string[] = Array.from({ length: ASCII }, () => '');
    let k = 0;
    for (const list of members.values()) {
      for (const c of list) signatures[c] += `${k},`;
      k++;
    }
    const classIds = new Map<string, number>();
    const classOf = Uint8Array.from(signatures, (sig) => {
      if (!classIds.has(sig)) classIds.set(sig, classIds.size);
      return classIds.get(sig)!;
    });
    const branches = new Map<string, number[]>();
    for (const [piece, list] of members) branches.set(piece, [...new Set(list.map((c) => classOf[c]))]);

    const root = newNode();
    this.members.forEach((m, owner) => {
      m.reset();
      m.patterns().forEach((pattern, a) => {
        const inserted = pattern !== null && [MAX_DEPTH, ...FALLBACK_DEPTHS].some((depth) => this.insert(root, pattern, owner, a, branches, depth));
        if (!inserted) {
          addTo(root.ends, owner, a);
          m.endsAt(a, 0);
        }
      });
    });
    return this.freeze(root, classOf, classIds.size);
  }

  /**
   * Walks alternative `a`'s pattern and the trie together, marking where its beginning ends (at `maxDepth`
   * characters at most). Returns false, having changed nothing, when that takes more than MAX_WORK steps.
   */
  private insert(root: TrieNode, pattern: Node, owner: number, a: number, branches: Map<string, number[]>, maxDepth: number): boolean {
    let work = 0;
    let dry = true;
    const end = (node: TrieNode | null, depth: number) => {
      if (!dry) {
        addTo(node!.ends, owner, a);
        this.members[owner].endsAt(a, depth);
      }
      return true;
    };
    const visit = (node: TrieNode | null, rest: Rest, depth: number, fanout: number): boolean => {
      if (++work > MAX_WORK) return false;
      if (rest === null) return end(node, depth);
      const { item, next } = rest;
      switch (item.kind) {
        case 'empty':
          return visit(node, next, depth, fanout);
        case 'seq': {
          let r = next;
          for (let i = item.items.length - 1; i >= 0; i--) r = { item: item.items[i], next: r };
          return visit(node, r, depth, fanout);
        }
        case 'alt':
          return item.options.every((o) => visit(node, { item: o, next }, depth, fanout));
        case 'repeat': {
          const again: Node = { kind: 'repeat', item: item.item, min: Math.max(0, item.min - 1), max: item.max - 1 };
          if (item.min > 0) return visit(node, { item: item.item, next: { item: again, next } }, depth, fanout);
          if (!visit(node, next, depth, fanout)) return false;
          if (item.max <= 0) return true;
          // A repeated part that may match nothing could repeat without end: anything may follow.
          if (nullable(item.item)) return end(node, depth);
          return visit(node, { item: item.item, next: { item: again, next } }, depth, fanout);
        }
        case 'char': {
          const classes = branches.get(item.source)!;
          if (depth >= maxDepth || classes.length > MAX_BRANCHES || fanout * classes.length > MAX_FANOUT) return end(node, depth);
          // Below, even when no ASCII character continues it: a character outside ASCII may.
          if (!dry) addTo(node!.below, owner, a);
          for (const c of classes) {
            let child: TrieNode | null = null;
            if (!dry) {
              child = node!.next.get(c) ?? null;
              if (!child) node!.next.set(c, (child = newNode()));
            }
            if (!visit(child, next, depth + 1, fanout * classes.length)) return false;
          }
          return true;
        }
      }
    };
    const start: Rest = { item: pattern, next: null };
    if (!visit(null, start, 0, 1)) return false;
    dry = false;
    work = 0;
    return visit(root, start, 0, 1);
  }

  private freeze(root: TrieNode, classOf: Uint8Array, classCount: number): Trie {
    // Number the nodes breadth first, then lay them out.
    const nodes: TrieNode[] = [root];
    const sortedNext = (n: TrieNode) => [...n.next].sort((x, y) => x[0] - y[0]);
    for (let k = 0; k < nodes.length; k++) for (const [, child] of sortedNext(nodes[k])) nodes.push(child);
    const index = new Map(nodes.map((n, k) => [n, k]));
    const edges: [number, number][] = [];
    const edgeStart = new Int32Array(nodes.length + 1);
    nodes.forEach((n, k) => {
      edgeStart[k] = edges.length;
      for (const [c, child] of sortedNext(n)) edges.push([c, index.get(child)!]);
    });
    edgeStart[nodes.length] = edges.length;
    // Nodes with many edges (the root, the first letters) get a row of child by class.
    const tableRow = new Int32Array(nodes.length).fill(-1);
    const rows: number[] = [];
    nodes.forEach((n, k) => {
      if (n.next.size < MIN_TABLE_EDGES) return;
      tableRow[k] = rows.length;
      const row = new Array<number>(classCount).fill(-1);
      for (const [c, child] of n.next) row[c] = index.get(child)!;
      rows.push(...row);
    });
    const trie: Trie = {
      classOf, classCount, tableRow, table: Int32Array.from(rows), rootBucket: new Int32Array(this.members.length).fill(-1), guarded: new Uint8Array(0),
      edgeStart, edgeClass: Uint8Array.from(edges, (e) => e[0]), edgeTo: Int32Array.from(edges, (e) => e[1]),
      stopStart: new Int32Array(0), stopOwner: new Int32Array(0), stopBucket: new Int32Array(0),
      wideStart: new Int32Array(0), wideOwner: new Int32Array(0), wideBucket: new Int32Array(0),
      buckets: [], bucketIds: new Map(),
    };
    // A node's stops: per alternation, the alternatives ending at it or above, and those plus the ones below.
    const stops: [number, number][][] = new Array(nodes.length);
    const wides: [number, number][][] = new Array(nodes.length);
    const finish = (node: TrieNode, above: Map<number, number[]>): void => {
      const here = new Map(above);
      for (const [owner, list] of node.ends) here.set(owner, union(here.get(owner) ?? [], list));
      const k = index.get(node)!;
      [stops[k], wides[k]] = [[], []];
      for (const owner of new Set([...here.keys(), ...node.below.keys()])) {
        const m = this.members[owner];
        const alts = here.get(owner) ?? [];
        const bucket = numberOf(trie, m.bucket(alts));
        const wide = numberOf(trie, m.bucket(union(alts, node.below.get(owner))));
        if (bucket >= 0) stops[k].push([owner, bucket]);
        if (wide >= 0) wides[k].push([owner, wide]);
      }
      for (const child of node.next.values()) finish(child, here);
    };
    finish(root, new Map());
    // An alternation's stop at the root is its default: the walk adds it where a node has none of its own.
    for (const [owner, bucket] of stops[0]) trie.rootBucket[owner] = bucket;
    for (let k = 0; k < nodes.length; k++) stops[k] = stops[k].filter(([owner, bucket]) => bucket !== trie.rootBucket[owner]);
    const flatten = (lists: [number, number][][]): [Int32Array, Int32Array, Int32Array] => {
      const start = new Int32Array(lists.length + 1);
      const all = lists.flat();
      lists.forEach((list, k) => (start[k + 1] = start[k] + list.length));
      return [start, Int32Array.from(all, (x) => x[0]), Int32Array.from(all, (x) => x[1])];
    };
    trie.guarded = Uint8Array.from(trie.buckets, (b) => (b.guards === null ? 0 : 1));
    [trie.stopStart, trie.stopOwner, trie.stopBucket] = flatten(stops);
    [trie.wideStart, trie.wideOwner, trie.wideBucket] = flatten(wides);
    return trie;
  }

  /** Where the alternations' alternatives may match in `text`, found once per text for all of them. */
  scan(text: string): Scan {
    for (const s of this.scans) if (s.text === text) return s;
    const trie = (this.trie ??= this.build());
    const { classOf, tableRow, table, edgeStart, edgeClass, edgeTo, stopStart, stopOwner, stopBucket, wideStart, wideOwner, wideBucket, buckets } = trie;
    const n = this.members.length;
    const candidates = this.spare ?? Array.from({ length: n }, () => ({ positions: new Int32Array(64), buckets: new Int32Array(64), count: 0 }));
    this.spare = null;
    for (const c of candidates) c.count = 0;
    const scan: Scan = { text, surrogates: false, nonAscii: [], candidates };
    // A bucket with guard literals is tried only in a text holding one of them (known once per text and bucket),
    // found in the lower-cased text when case does not matter. That is sure unless the text holds a character
    // that case-folds to an ASCII letter but lower-cases to something else ("ſ" matches "s").
    const checkable = !this.caseless || !this.foldsAwayFromAscii(text);
    let folded: string | null = null;
    const verdicts = new Map<number, boolean>();
    const holds = (b: number): boolean => {
      const { guards } = buckets[b];
      if (guards === null || !checkable) return true;
      let v = verdicts.get(b);
      if (v === undefined) {
        folded ??= this.caseless ? text.toLowerCase() : text;
        verdicts.set(b, (v = guards.some((g) => folded!.includes(g))));
      }
      return v;
    };
    const { guarded } = trie;
    const push = (owner: number, p: number, b: number) => {
      if (b < guarded.length && guarded[b] === 1 && !holds(b)) return;
      const c = candidates[owner];
      if (c.count === c.positions.length) {
        const [positions, ids] = [new Int32Array(c.count * 2), new Int32Array(c.count * 2)];
        positions.set(c.positions);
        ids.set(c.buckets);
        [c.positions, c.buckets] = [positions, ids];
      }
      c.positions[c.count] = p;
      c.buckets[c.count++] = b;
    };
    // The defaults this text needs (owner, bucket), tried at every word start.
    const defaults: number[] = [];
    trie.rootBucket.forEach((b, owner) => {
      if (b >= 0 && holds(b)) defaults.push(owner, b);
    });
    /** Per alternation, the last word start where a node gave it a stop of its own. */
    const pushedAt = new Int32Array(n).fill(-1);
    let afterWord = false;
    for (let p = 0; p < text.length; p++) {
      const c0 = text.charCodeAt(p);
      const wordStart = !afterWord;
      let w = this.isWord[c0];
      if (w < 0) this.isWord[c0] = w = this.wordRe.test(String.fromCharCode(c0)) ? 1 : 0;
      afterWord = w === 1;
      if (c0 >= ASCII) {
        scan.nonAscii.push(p);
        if (c0 >= 0xd800 && c0 <= 0xdfff) scan.surrogates = true;
      }
      if (!wordStart) continue;
      if (c0 >= ASCII) {
        for (let owner = 0; owner < n; owner++) {
          const b = numberOf(trie, this.members[owner].startingWith(text.codePointAt(p)!));
          if (b >= 0) push(owner, p, b);
        }
        continue;
      }
      let node = 0;
      let wide = false;
      for (let d = p; d < text.length; d++) {
        const c = text.charCodeAt(d);
        if (c >= ASCII) {
          wide = true;
          break;
        }
        const cls = classOf[c];
        let next = -1;
        const row = tableRow[node];
        if (row >= 0) next = table[row + cls];
        else {
          for (let e = edgeStart[node], last = edgeStart[node + 1]; e < last; e++) {
            if (edgeClass[e] === cls) {
              next = edgeTo[e];
              break;
            }
          }
        }
        if (next < 0) break;
        node = next;
      }
      if (wide) {
        for (let k = wideStart[node]; k < wideStart[node + 1]; k++) push(wideOwner[k], p, wideBucket[k]);
        continue;
      }
      for (let k = stopStart[node]; k < stopStart[node + 1]; k++) {
        pushedAt[stopOwner[k]] = p;
        push(stopOwner[k], p, stopBucket[k]);
      }
      for (let k = 0; k < defaults.length; k += 2) if (pushedAt[defaults[k]] !== p) push(defaults[k], p, defaults[k + 1]);
    }
    if (this.scans.length > 1) this.spare = this.scans[1].candidates;
    this.scans = [scan, ...this.scans.slice(0, 1)];
    return scan;
  }

  bucketOf(id: number): Bucket {
    return this.trie!.buckets[id];
  }

  /** Whether `text` holds a character outside ASCII that matches an ASCII letter under the flags but lower-cases otherwise. */
  private foldsAwayFromAscii(text: string): boolean {
    NON_ASCII.lastIndex = 0;
    for (let m = NON_ASCII.exec(text); m !== null; m = NON_ASCII.exec(text)) {
      const c = m[0].charCodeAt(0);
      let away = this.foldVerdicts.get(c);
      if (away === undefined) {
        const lower = m[0].toLowerCase();
        away = false;
        if (new RegExp('^[\\x00-\\x7f]$', this.flags).test(m[0])) {
          for (let a = 0; a < ASCII && !away; a++) {
            const ch = String.fromCharCode(a);
            if (new RegExp(`^${SYNTAX.has(ch) ? '\\' : ''}${ch}$`, this.flags).test(m[0]) && lower !== ch.toLowerCase()) away = true;
          }
        }
        this.foldVerdicts.set(c, away);
      }
      if (away) return true;
    }
    return false;
  }
}

const groups = new Map<string, Group>();

export interface AlternationMatch {
  /** Index of the alternative that matched. */
  alt: number;
  start: number;
  end: number;
  text: string;
}

/**
 * The regex `BEFORE(?:a0|a1|…)AFTER` over a list of alternatives, scanned left to right like a global regex.
 * Compile alternations once (at module level): each joins its flags' group for the life of the process.
 */
export class Alternation {
  readonly sources: readonly string[];
  private readonly flags: string;
  private readonly group: Group;
  private readonly id: number;
  private readonly buckets = new Map<string, Bucket>();
  /** Per alternative: its possible first characters (sources of pieces), or null when it may start with anything. */
  private firsts: (string[] | null)[] | null = null;
  private readonly startBuckets = new Map<number, Bucket | null>();
  private plain: RegExp | null = null;
  /** Some alternative has capture groups of its own. */
  private readonly grouped: boolean;

  /** The alternatives read (null: not modelled), when first needed. */
  private parsed: (Node | null)[] | null = null;
  /** Per alternative: a literal every match contains (at least MIN_GUARD characters), or null. */
  private literals: (string | null)[] | null = null;
  /** Per alternative: the fewest characters of its beginning the trie reads before trying it. */
  private endDepths: Int32Array;

  constructor(alternatives: readonly string[], flags = 'iu') {
    this.sources = [...alternatives];
    this.flags = flags.replace(/[gy]/g, '');
    this.grouped = this.sources.some(hasGroups);
    this.endDepths = new Int32Array(this.sources.length).fill(MAX_DEPTH);
    let group = groups.get(this.flags);
    if (!group) groups.set(this.flags, (group = new Group(this.flags)));
    this.group = group;
    this.id = group.join(this);
  }

  patterns(): (Node | null)[] {
    return (this.parsed ??= this.sources.map((source) => {
      try {
        return parsePattern(source);
      } catch (e) {
        if (!(e instanceof Unmodelled)) throw e;
        return null;
      }
    }));
  }

  /** Before the group (re)builds its trie: buckets and depths come from the new one. */
  reset(): void {
    this.buckets.clear();
    this.startBuckets.clear();
    this.endDepths.fill(MAX_DEPTH);
  }

  endsAt(a: number, depth: number): void {
    if (depth < this.endDepths[a]) this.endDepths[a] = depth;
  }

  /**
   * The literals a text must hold for some alternative of the list to match in it, or null when one of them has
   * none, or when one is tried only after GUARD_DEPTH characters of its beginning matched (the walk has checked
   * enough then, and a literal check would cost more than it saves). Only checked on ASCII texts: elsewhere a
   * character outside ASCII may match a literal under case folding ("ſ" for "s").
   */
  private guardsOf(alts: number[]): string[] | null {
    this.literals ??= this.patterns().map((p) => {
      const literal = p ? requiredLiteral(p, this.group.caseless) : '';
      return literal.length >= MIN_GUARD ? literal : null;
    });
    const guards = new Set<string>();
    for (const a of alts) {
      const literal = this.literals[a];
      if (literal === null || this.endDepths[a] > GUARD_DEPTH) return null;
      guards.add(literal);
    }
    return [...guards];
  }

  /** One bucket per distinct list of alternatives, so its regex is compiled once. */
  bucket(alts: number[]): Bucket | null {
    if (alts.length === 0) return null;
    const key = alts.join(',');
    let b = this.buckets.get(key);
    if (!b) this.buckets.set(key, (b = { alts, regex: null, asciiRegex: null, each: null, asciiEach: null, guards: this.guardsOf(alts) }));
    return b;
  }

  /** The alternatives that may start with a character outside ASCII (kept per character). */
  startingWith(codePoint: number): Bucket | null {
    let b = this.startBuckets.get(codePoint);
    if (b === undefined) {
      const ch = String.fromCodePoint(codePoint);
      const tests = new Map<string, boolean>();
      const matches = (piece: string): boolean => {
        let t = tests.get(piece);
        if (t === undefined) tests.set(piece, (t = new RegExp(`^(?:${piece})$`, this.flags).test(ch)));
        return t;
      };
      this.firsts ??= this.patterns().map(firstPieces);
      const alts: number[] = [];
      this.firsts.forEach((pieces, a) => {
        if (!pieces || pieces.some(matches)) alts.push(a);
      });
      this.startBuckets.set(codePoint, (b = this.bucket(alts)));
    }
    return b;
  }

  /**
   * The first alternative of the bucket that matches at `at`, or null. `ascii`: no character outside ASCII lies
   * between `at` and the end of `text`, so every match is followed by ASCII or by the end.
   */
  private matchAt(b: Bucket, text: string, at: number, ascii: boolean): AlternationMatch | null {
    if (this.grouped) return this.matchEachAt(b, text, at, ascii);
    let re = ascii ? b.asciiRegex : b.regex;
    if (re === null) {
      const body = b.alts.length === 1 ? this.sources[b.alts[0]] : b.alts.map((a) => `(${this.sources[a]})`).join('|');
      re = new RegExp(`(?:${body})${ascii ? ASCII_AFTER : AFTER}`, `y${this.flags}`);
      if (ascii) b.asciiRegex = re;
      else b.regex = re;
    }
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) return null;
    let alt = b.alts[0];
    if (b.alts.length > 1) {
      for (let k = 1; k < m.length; k++) {
        if (m[k] !== undefined) {
          alt = b.alts[k - 1];
          break;
        }
      }
    }
    return { alt, start: at, end: at + m[0].length, text: m[0] };
  }

  /** The same, one alternative after the other: numbered groups inside alternatives would shift under a wrapper. */
  private matchEachAt(b: Bucket, text: string, at: number, ascii: boolean): AlternationMatch | null {
    const compile = (after: string) => b.alts.map((a) => new RegExp(`(?:${this.sources[a]})${after}`, `y${this.flags}`));
    const each = ascii ? (b.asciiEach ??= compile(ASCII_AFTER)) : (b.each ??= compile(AFTER));
    for (let k = 0; k < b.alts.length; k++) {
      const re = each[k];
      re.lastIndex = at;
      const m = re.exec(text);
      if (m !== null) return { alt: b.alts[k], start: at, end: at + m[0].length, text: m[0] };
    }
    return null;
  }

  /** Every non-overlapping, non-empty match in text[from, to), as a global regex finds them from `from`. */
  matchAll(text: string, from = 0, to = text.length): AlternationMatch[] {
    const slice = to === text.length ? text : text.slice(0, to);
    const scan = this.group.scan(text);
    if (scan.surrogates) return this.matchAllPlain(slice, from);
    const out: AlternationMatch[] = [];
    const end = slice.length;
    const { positions, buckets, count } = scan.candidates[this.id];
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (positions[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    const { nonAscii } = scan;
    let j = 0;
    let reached = from;
    for (let k = lo; k < count; k++) {
      const p = positions[k];
      if (p >= end) break;
      if (p < reached) continue;
      while (j < nonAscii.length && nonAscii[j] < p) j++;
      const m = this.matchAt(this.group.bucketOf(buckets[k]), slice, p, j === nonAscii.length || nonAscii[j] >= end);
      if (m === null || m.end === p) continue;
      out.push(m);
      reached = m.end;
    }
    return out;
  }

  private plainRegex(): RegExp {
    return (this.plain ??= new RegExp(`${BEFORE}(?:${this.sources.map((s) => `(?:${s})`).join('|')})${AFTER}`, `g${this.flags}`));
  }

  /**
   * The same for a text with surrogate pairs, where positions step by code point: the alternation as one regex
   * finds the matches, and the alternatives that may start with the character found tell which one it is.
   */
  private matchAllPlain(slice: string, from: number): AlternationMatch[] {
    const re = this.plainRegex();
    const out: AlternationMatch[] = [];
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const c = slice.codePointAt(m.index)!;
      const b = c >= ASCII ? this.startingWith(c) : this.bucket(this.sources.map((_, a) => a));
      const hit = b === null ? null : this.matchAt(b, slice, m.index, false);
      if (hit === null || hit.end !== m.index + m[0].length) throw new Error(`alternation: no alternative matches "${m[0]}" again`);
      out.push(hit);
    }
    return out;
  }

  /** Whether the alternation matches anywhere in `text` (an empty match counts, as it does for RegExp.test). */
  test(text: string): boolean {
    const re = this.plainRegex();
    re.lastIndex = 0;
    return re.test(text);
  }
}

/** Sources of the pieces an alternative's match may start with, or null when it may start with anything. */
function firstPieces(pattern: Node | null): string[] | null {
  if (pattern === null) return null;
  const out = new Set<string>();
  // Depth-first over the beginning; a path that ends before any character means the match may be empty.
  let open = false;
  let work = 0;
  const visit = (rest: Rest): void => {
    if (open || ++work > MAX_WORK) {
      open = true;
      return;
    }
    if (rest === null) {
      open = true;
      return;
    }
    const { item, next } = rest;
    switch (item.kind) {
      case 'char':
        out.add(item.source);
        return;
      case 'empty':
        return visit(next);
      case 'seq': {
        let r = next;
        for (let k = item.items.length - 1; k >= 0; k--) r = { item: item.items[k], next: r };
        return visit(r);
      }
      case 'alt':
        for (const o of item.options) visit({ item: o, next });
        return;
      case 'repeat':
        if (item.max > 0) visit({ item: item.item, next });
        if (item.min === 0 || nullable(item.item)) visit(next);
        return;
    }
  };
  visit({ item: pattern, next: null });
  return open ? null : [...out];
}
