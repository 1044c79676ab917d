// An article's text with its spans marked, built from the API's offsets (never by searching the text): the
// chosen claim's quote as <mark>, its source underlined, other claims and actors tinted. Spans that would
// overlap a more important one are left unmarked, so the text itself is always shown whole and in order.
import type { ApiDocumentSpan } from '../server/schemas.js';
import { el, fill } from './dom.js';

export interface Marked {
  span: ApiDocumentSpan;
  role: 'selected' | 'selected-source' | 'claim' | 'actor' | 'source' | 'location';
}

const PRIORITY: Record<Marked['role'], number> = { selected: 0, 'selected-source': 1, claim: 2, actor: 3, location: 4, source: 5 };

/** The spans to mark, most important first, with no two overlapping. */
export function chooseMarks(spans: ApiDocumentSpan[], selectedClaim: number | null): Marked[] {
  const roles: Marked[] = spans.map((span) => ({
    span,
    role: span.kind === 'claim' ? (span.claimId === selectedClaim ? 'selected' : 'claim')
      : span.kind === 'source' ? (span.claimId === selectedClaim ? 'selected-source' : 'source')
      : span.kind,
  }));
  roles.sort((a, b) => PRIORITY[a.role] - PRIORITY[b.role] || a.span.start - b.span.start);
  const kept: Marked[] = [];
  for (const m of roles) {
    if (kept.some((k) => k.span.start < m.span.end && m.span.start < k.span.end)) continue;
    // The same span may come twice (a source cited by several claims): once is enough.
    kept.push(m);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}

/** Renders `text` into `container` with the marks; returns the selected claim's <mark>, if any. */
export function renderText(container: HTMLElement, text: string, marks: Marked[], onClaim: (claimId: number) => void): HTMLElement | null {
  const parts: (Node | string)[] = [];
  let at = 0;
  let selected: HTMLElement | null = null;
  for (const m of marks) {
    if (m.span.start < at) continue;
    parts.push(text.slice(at, m.span.start));
    const piece = text.slice(m.span.start, m.span.end);
    const node = m.role === 'selected'
      ? el('mark', { class: 'quote selected', id: 'selected-quote', tabindex: -1, title: m.span.label }, piece)
      : el('span', { class: `span-${m.role}`, title: m.span.label, 'data-claim': m.span.claimId }, piece);
    if (m.role === 'selected') selected = node;
    if (m.role === 'claim' && m.span.claimId !== undefined) {
      const id = m.span.claimId;
      node.addEventListener('click', () => onClaim(id));
    }
    parts.push(node);
    at = m.span.end;
  }
  parts.push(text.slice(at));
  fill(container, ...parts);
  return selected;
}
