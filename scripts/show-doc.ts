// Development aid: prints one eval document's extraction with the sentences each incident was built from.
// Usage: node --import tsx scripts/show-doc.ts <set> <id> [rule]. Prints to the terminal only (licensed texts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/extract/index.js';
import { pretty } from '../src/cli/pretty.js';
import type { Rule } from '../src/core/types.js';

const [set, id, rule = 'ucdp'] = process.argv.slice(2);
const evalDir = process.env.SITREP_EVAL_DIR ?? join(new URL('..', import.meta.url).pathname, '..', 'shared', 'eval');
const row = readFileSync(join(evalDir, `${set}.dev.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((r) => r.id === id || r.id === `${set}:${id}`);
if (!row) throw new Error(`no row ${id} in ${set}`);
const result = extract({ id: row.id, text: row.text, title: row.title, publishedAt: row.publishedAt ?? undefined }, { rule: rule as Rule });
console.log(`title: ${row.title ?? '-'}\ngold: ${JSON.stringify(row.gold)}\n`);
console.log(pretty(result));
result.incidents.forEach((inc, i) => {
  console.log(`\n#${i + 1} evidence:`);
  for (const s of inc.evidence ?? []) console.log(`   [${s.start}] ${row.text.slice(s.start, s.end).slice(0, 220)}`);
});
