// The incident page: what happened, where and when, who was involved, the low/best/high toll and its rule;
// every claim with its source and qualifier beside the article it comes from (choosing a claim marks its
// quote in the text, from the stored offsets, and scrolls to it); the reports merged into the incident; the
// toll's history; the audit log; and, for a signed-in analyst, the review actions.
import type { ApiAuditEntry, ApiClaim, ApiDocument, ApiIncident, ApiIncidentDetail, ApiReport, ApiTaxonomy } from '../server/schemas.js';
import { ApiFailure, get } from './api.js';
import { tollHistoryChart } from './charts.js';
import { announce, el, fill } from './dom.js';
import { claimFigure, dateText, placeText, shortTime, sourceText, tollText } from './format.js';
import { type Run, claimControls, confirmButton, editForm, mergeForm, splitButton } from './review.js';
import { signedIn } from './session.js';
import { chooseMarks, renderText } from './text-view.js';

export interface PageContext {
  taxonomy: ApiTaxonomy;
  /** Called after a review action changed the ledger (the overview reloads when shown again). */
  changed: () => void;
}

/** Only web addresses become links: a stored "javascript:" URL must never be clickable. */
const safeHref = (url: string | null): string | null => (url && /^https?:\/\//i.test(url) ? url : null);

function section(title: string, id: string, ...children: (Node | string | null)[]): HTMLElement {
  return el('section', { class: 'panel', 'aria-labelledby': `${id}-title`, id }, el('h3', { id: `${id}-title` }, title), ...children);
}

/** What changed in an audit entry, read from its before/after snapshots (killed toll and status). */
function auditChange(entry: ApiAuditEntry): string {
  type Snap = { casualties?: { killed?: { best?: number } | null }; status?: string; into?: Snap };
  const snap = (v: unknown): Snap | null => (v && typeof v === 'object' ? ((v as Snap).into ?? (v as Snap)) : null);
  const before = snap(entry.before);
  const after = Array.isArray(entry.after) ? snap(entry.after[0]) : snap(entry.after);
  const parts: string[] = [];
  const b = before?.casualties?.killed?.best;
  const a = after?.casualties?.killed?.best;
  if (b !== a) parts.push(`killed ${b ?? 'none'} → ${a ?? 'none'}`);
  if (before?.status !== after?.status && after?.status) parts.push(`status ${after.status}`);
  return parts.join('; ');
}

export class IncidentPage {
  private detail: ApiIncidentDetail | null = null;
  private readonly documents = new Map<number, ApiDocument>();
  private documentId: number | null = null;
  private claimId: number | null = null;
  private textBox: HTMLElement | null = null;
  private docHeader: HTMLElement | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly context: PageContext,
  ) {}

  async show(id: number, claimId: number | null = null): Promise<void> {
    this.documents.clear();
    this.claimId = claimId;
    this.documentId = null;
    fill(this.container, el('p', { class: 'loading' }, `Loading incident ${id}…`));
    try {
      this.detail = await get<ApiIncidentDetail>(`/api/incidents/${id}`);
    } catch (e) {
      fill(this.container, el('p', { class: 'error', role: 'alert' }, e instanceof ApiFailure ? e.message : `Could not load incident ${id}.`), el('a', { href: '#/' }, 'Back to all incidents'));
      return;
    }
    this.render();
    const incident = this.detail.incident;
    const claim = incident.claims.find((c) => c.id === claimId);
    const first = claim?.documentId ?? incident.reports[0]?.documentId;
    if (first !== undefined) await this.showDocument(first);
  }

  private readonly run: Run = async (action, done) => {
    try {
      await action();
    } catch (e) {
      announce(e instanceof ApiFailure ? `${e.message}` : `The action failed: ${(e as Error).message}`, 'error');
      return;
    }
    this.context.changed();
    const id = this.detail?.incident.id;
    if (id !== undefined) await this.show(id, this.claimId);
    announce(done);
  };

  private render(): void {
    const { incident, tollHistory, audit } = this.detail as ApiIncidentDetail;
    const review = signedIn();
    this.textBox = el('div', { class: 'doc-text', id: 'doc-text', tabindex: 0, 'aria-label': 'Article text' });
    this.docHeader = el('div', { class: 'doc-header' });
    const reportsList = this.reports(incident, review);
    const facts = el('div', { class: 'incident-facts' },
      incident.mergedInto !== null
        ? el('p', { class: 'notice', role: 'note' }, `This incident was merged into `, el('a', { href: `#/incident/${incident.mergedInto}` }, `incident ${incident.mergedInto}`), '.')
        : null,
      el('dl', { class: 'facts' },
        el('dt', {}, 'Event'), el('dd', {}, `${incident.eventType} — ${incident.subEventType}`),
        el('dt', {}, 'Date'), el('dd', {}, dateText(incident.date), incident.date ? ` (${incident.date.precision})` : ''),
        el('dt', {}, 'Place'), el('dd', {}, placeText(incident.location), incident.location ? ` · ${incident.location.lat.toFixed(3)}, ${incident.location.lon.toFixed(3)} (${incident.location.precision})` : ''),
        el('dt', {}, 'Status'), el('dd', { id: 'incident-status' }, incident.status),
      ),
      section('Toll', 'toll',
        el('table', { class: 'toll' },
          el('thead', {}, el('tr', {}, el('th', {}, ''), el('th', { scope: 'col' }, 'low'), el('th', { scope: 'col' }, 'best'), el('th', { scope: 'col' }, 'high'))),
          el('tbody', {}, ...(['killed', 'injured'] as const).map((kind) => {
            const t = incident.casualties[kind];
            return el('tr', { 'data-kind': kind }, el('th', { scope: 'row' }, kind), el('td', {}, t ? t.low : '–'), el('td', { class: 'best' }, t ? t.best : '–'), el('td', {}, t ? (t.high ?? 'open') : '–'));
          })),
        ),
        el('p', { class: 'rule' }, `Rule: ${incident.casualties.rule}`)),
      section('Actors', 'actors', incident.actors.length === 0 ? el('p', {}, 'None named.')
        : el('ul', {}, ...incident.actors.map((a) => el('li', {}, el('span', { class: 'actor-name' }, a.name), ` — ${a.role}`)))),
      section('Claims', 'claims', this.claims(incident, review)),
      section('Reports', 'reports', reportsList, review && incident.reports.length > 1 ? splitButton(incident, reportsList, this.run) : null),
      section('Toll history', 'toll-history', tollHistoryChart(tollHistory),
        el('ol', { class: 'history' }, ...tollHistory.map((c) => el('li', {}, `${shortTime(c.at)} · ${c.action}: killed ${tollText(c.old.killed)} → ${tollText(c.new.killed)}`)))),
      section('Audit log', 'audit', audit.length === 0 ? el('p', {}, 'No review actions yet.')
        : el('ol', { class: 'audit', id: 'audit-log' }, ...audit.map((a) => el('li', { 'data-action': a.action },
          el('span', { class: 'audit-time' }, shortTime(a.at)), ' · ', el('strong', { class: 'audit-actor' }, a.actor), ' · ', el('span', { class: 'audit-action' }, a.action),
          ` · incidents ${a.incidentIds.join(', ')}`, auditChange(a) ? ` · ${auditChange(a)}` : '')))),
      review && incident.mergedInto === null
        ? section('Review', 'review', confirmButton(incident, this.run), mergeForm(incident, this.run),
          el('details', { class: 'edit' }, el('summary', {}, 'Edit type, date, place, actors or rule'), editForm(incident, this.context.taxonomy, this.run)))
        : el('p', { class: 'hint' }, 'Sign in with an analyst token to confirm, edit, merge, split or discount.'),
    );
    fill(this.container,
      el('nav', { class: 'crumbs' }, el('a', { href: '#/', id: 'back-to-list' }, '← All incidents')),
      el('h2', { id: 'incident-title', tabindex: -1 }, `${incident.subEventType} in ${placeText(incident.location)}`, el('span', { class: 'incident-id' }, ` #${incident.id}`)),
      el('div', { class: 'incident-grid' }, facts, el('article', { class: 'document', 'aria-label': 'Source article' }, this.docHeader, this.textBox)),
    );
  }

  private claims(incident: ApiIncident, review: boolean): HTMLElement {
    if (incident.claims.length === 0) return el('p', {}, 'No casualty claims.');
    return el('ol', { class: 'claims', id: 'claim-list' }, ...incident.claims.map((c) => this.claimItem(c, review)));
  }

  private claimItem(c: ApiClaim, review: boolean): HTMLElement {
    const pick = el('button', { type: 'button', class: 'claim-pick', 'aria-pressed': String(c.id === this.claimId), 'aria-controls': 'doc-text', 'data-claim': c.id },
      el('span', { class: 'claim-figure' }, claimFigure(c)),
      c.victims ? el('span', { class: 'claim-victims' }, ` (${c.victims})`) : null,
      el('span', { class: 'claim-source' }, sourceText(c)));
    pick.addEventListener('click', () => void this.selectClaim(c.id));
    return el('li', { class: c.discounted ? 'claim discounted' : 'claim', 'data-claim': c.id },
      pick,
      c.discounted ? el('p', { class: 'discount-reason' }, `Discounted: ${c.discounted}`) : null,
      review ? claimControls(c, this.run) : null);
  }

  private reports(incident: ApiIncident, review: boolean): HTMLElement {
    return el('ul', { class: 'reports', id: 'report-list' }, ...incident.reports.map((r) => this.reportItem(r, review && incident.reports.length > 1)));
  }

  private reportItem(r: ApiReport, splittable: boolean): HTMLElement {
    const d = r.document;
    const open = el('button', { type: 'button', class: 'link', 'data-document': d.id }, d.title ?? d.sourceId);
    open.addEventListener('click', () => void this.showDocument(d.id));
    return el('li', {},
      splittable ? el('input', { type: 'checkbox', name: 'split-report', value: r.id, 'aria-label': `Split report ${r.id} out` }) : null,
      open,
      el('span', { class: 'report-meta' }, ` · ${d.source ?? 'unknown outlet'} · ${d.publishedAt ?? 'undated'} · ${r.reasons.decision}`),
      r.reasons.reasons.length > 0 ? el('span', { class: 'report-reasons' }, ` (${r.reasons.reasons.join('; ')})`) : null);
  }

  async selectClaim(claimId: number): Promise<void> {
    const claim = this.detail?.incident.claims.find((c) => c.id === claimId);
    if (!claim) return;
    this.claimId = claimId;
    for (const b of this.container.querySelectorAll<HTMLElement>('.claim-pick')) b.setAttribute('aria-pressed', String(Number(b.dataset.claim) === claimId));
    await this.showDocument(claim.documentId);
  }

  private async showDocument(documentId: number): Promise<void> {
    const incident = this.detail?.incident;
    if (!incident || !this.textBox || !this.docHeader) return;
    let doc = this.documents.get(documentId);
    if (!doc) {
      try {
        doc = await get<ApiDocument>(`/api/documents/${documentId}`, { incident: incident.id });
      } catch (e) {
        fill(this.textBox, el('p', { class: 'error' }, e instanceof ApiFailure ? e.message : 'Could not load the article.'));
        return;
      }
      this.documents.set(documentId, doc);
    }
    this.documentId = documentId;
    const href = safeHref(doc.url);
    fill(this.docHeader,
      el('h3', { id: 'doc-title' }, doc.title ?? doc.sourceId),
      el('p', { class: 'doc-meta' }, `${doc.source ?? 'unknown outlet'} · ${doc.publishedAt ?? 'undated'}`,
        href ? el('span', {}, ' · ', el('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original')) : null));
    const claimHere = incident.claims.find((c) => c.id === this.claimId && c.documentId === documentId);
    const mark = renderText(this.textBox, doc.text, chooseMarks(doc.spans, claimHere ? claimHere.id : null), (id) => void this.selectClaim(id));
    if (mark) mark.scrollIntoView({ block: 'center', behavior: 'auto' });
  }
}
