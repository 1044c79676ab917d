import { readFileSync } from 'node:fs';
import { extract } from '../src/extract/index.js';
const set = process.argv[2] ?? 'fakes';
const rule = (process.argv[3] ?? 'ucdp') as any;
const rows = readFileSync(`/work/shared/eval/${set}.dev.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const cats: Record<string, string[]> = {};
for (const r of rows) {
  const g = r.gold.killed ?? r.gold.killedMin; if (g == null) continue;
  const res = extract({ id: r.id, text: r.text, title: r.title, publishedAt: r.publishedAt ?? undefined }, { rule });
  const inc = res.incidents[0];
  const best = inc?.casualties.killed?.best ?? 0;
  if (best === g) { (cats.ok ??= []).push(r.id); continue; }
  const inPrimary = inc?.claims.some((c) => c.kind === 'killed' && c.min === g);
  const inOther = res.incidents.slice(1).some((i) => i.claims.some((c) => c.kind === 'killed' && c.min === g));
  const inText = new RegExp(`\\b${g}\\b`).test(r.text);
  const k = g === 0 ? (best === 0 ? 'ok' : 'gold0_pred' + (best > 0 ? '>0' : '')) : inPrimary ? 'in_primary_claims' : inOther ? 'in_other_incident' : inText ? 'digits_in_text_no_claim' : 'not_in_text_as_digits';
  (cats[k] ??= []).push(`${r.id} gold=${g} best=${best}`);
}
for (const [k, v] of Object.entries(cats)) console.log(k, v.length, k === 'ok' ? '' : '\n   ' + v.slice(0, 12).join('\n   '));
