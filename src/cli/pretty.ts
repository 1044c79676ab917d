// A human-readable rendering of extraction results (`sitrep extract --pretty`), for reading, not parsing.
import type { ExtractResult, Incident, Toll } from '../core/types.js';

const toll = (t: Toll | null): string => (t === null ? '-' : t.low === t.high && t.best === t.low ? `${t.best}` : `${t.low}–${t.high ?? '?'} (best ${t.best})`);

function incidentLines(inc: Incident, n: number): string[] {
  const loc = inc.location;
  const where = loc ? `${loc.name}${loc.admin1 && loc.admin1 !== loc.name ? `, ${loc.admin1}` : ''}, ${loc.country} [${loc.precision}]` : 'place unknown';
  const when = inc.date ? (inc.date.start === inc.date.end ? inc.date.start : `${inc.date.start}..${inc.date.end}`) + ` [${inc.date.precision}]` : 'date unknown';
  const lines = [
    `  #${n}${inc.background ? ' (background)' : ''} ${inc.eventType} / ${inc.subEventType}`,
    `     when: ${when}   where: ${where}`,
    `     killed: ${toll(inc.casualties.killed)}   injured: ${toll(inc.casualties.injured)}   rule: ${inc.casualties.rule}`,
  ];
  if (inc.actors.length) lines.push(`     actors: ${inc.actors.map((a) => `${a.name} (${a.role})`).join('; ')}`);
  inc.claims.forEach((c, i) => {
    const range = c.max === c.min ? `${c.min}` : `${c.min}..${c.max ?? ''}`;
    const src = c.source.name ? `${c.source.name}${c.source.handle ? ` ${c.source.handle}` : ''} [${c.source.kind}]` : 'unattributed';
    const notes = [c.victims, c.subgroupOf !== null && c.subgroupOf !== undefined ? `part of claim ${c.subgroupOf + 1}` : null, c.additive ? 'adds' : null].filter(Boolean).join(', ');
    lines.push(`     claim ${i + 1}: ${c.kind} ${range} ${c.qualifier}${notes ? ` (${notes})` : ''} — ${src}: "${c.quote.text}"`);
  });
  return lines;
}

export function pretty(result: ExtractResult): string {
  if (result.incidents.length === 0) return `${result.id}: no incident`;
  return [`${result.id}: ${result.incidents.length} incident(s)`, ...result.incidents.flatMap((inc, i) => incidentLines(inc, i + 1))].join('\n');
}
