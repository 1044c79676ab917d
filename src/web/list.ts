// The incident list: a listbox the keyboard can walk (arrows, Home/End, Enter opens the incident), its active
// item outlined on the map too.
import type { ApiIncident } from '../server/schemas.js';
import { el, fill } from './dom.js';
import { dateText, incidentTitle, tollText } from './format.js';
import { slug } from './map.js';

const PAGE = 10;

export class IncidentList {
  private items: ApiIncident[] = [];
  private active = -1;

  constructor(
    private readonly list: HTMLElement,
    private readonly open: (id: number) => void,
    private readonly activated: (id: number | null) => void,
  ) {
    list.addEventListener('keydown', (e) => this.key(e));
    list.addEventListener('focus', () => {
      if (this.active < 0 && this.items.length > 0) this.activate(0);
    });
  }

  show(incidents: ApiIncident[]): void {
    const keep = this.active >= 0 ? this.items[this.active]?.id : undefined;
    this.items = incidents;
    fill(this.list, ...incidents.map((i, k) => this.row(i, k)));
    const again = keep === undefined ? -1 : incidents.findIndex((i) => i.id === keep);
    this.active = -1;
    if (again >= 0) this.activate(again, false);
    else this.list.removeAttribute('aria-activedescendant');
  }

  private row(i: ApiIncident, index: number): HTMLElement {
    const li = el('li', { id: `incident-option-${i.id}`, role: 'option', 'aria-selected': 'false', 'data-incident': i.id, class: `incident-row type-${slug(i.eventType)}` },
      el('span', { class: 'row-date' }, dateText(i.date)),
      el('span', { class: 'row-title' }, incidentTitle(i)),
      el('span', { class: 'row-toll' }, `killed ${tollText(i.casualties.killed)}`),
      i.status === 'confirmed' ? el('span', { class: 'badge' }, 'confirmed') : null,
    );
    li.addEventListener('click', () => {
      this.activate(index);
      this.open(i.id);
    });
    return li;
  }

  private activate(index: number, announce = true): void {
    const rows = this.list.children;
    if (this.active >= 0) rows[this.active]?.setAttribute('aria-selected', 'false');
    this.active = index;
    const row = rows[index] as HTMLElement | undefined;
    if (!row) return;
    row.setAttribute('aria-selected', 'true');
    this.list.setAttribute('aria-activedescendant', row.id);
    row.scrollIntoView({ block: 'nearest' });
    if (announce) this.activated(this.items[index].id);
  }

  private key(e: KeyboardEvent): void {
    const n = this.items.length;
    if (n === 0) return;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE, PageUp: -PAGE, Home: -n, End: n };
    if (e.key in moves) {
      e.preventDefault();
      this.activate(Math.min(n - 1, Math.max(0, (this.active < 0 ? 0 : this.active + moves[e.key]))));
    } else if (e.key === 'Enter' && this.active >= 0) {
      e.preventDefault();
      this.open(this.items[this.active].id);
    }
  }
}
