// The web app's entry: loads the taxonomy and the incidents (following the API's cursor), wires the filter
// form, map, timeline and list together, and switches between the overview (#/) and an incident (#/incident/N).
import type { ApiIncident, ApiIncidentList, ApiStats, ApiTaxonomy } from '../server/schemas.js';
import { ApiFailure, get } from './api.js';
import { announce, byId, fill } from './dom.js';
import { type Filters, fillCountries, fillEventTypes, filterForm, readFilters } from './filters.js';
import { touches } from './format.js';
import { IncidentPage } from './incident.js';
import { IncidentList } from './list.js';
import { IncidentMap } from './map.js';
import { renderSession, signedIn } from './session.js';
import { type DayRange, Timeline } from './timeline.js';

// The overview shows at most this many incidents (the API pages through them 500 at a time).
const MAX_INCIDENTS = 5000;

async function loadIncidents(filters: Filters): Promise<{ incidents: ApiIncident[]; truncated: boolean }> {
  const incidents: ApiIncident[] = [];
  let cursor: string | null | undefined;
  do {
    const page = await get<ApiIncidentList>('/api/incidents', { ...filters, limit: 500, cursor: cursor ?? undefined });
    incidents.push(...page.incidents);
    cursor = page.next;
  } while (cursor && incidents.length < MAX_INCIDENTS);
  return { incidents, truncated: !!cursor };
}

class App {
  private all: ApiIncident[] = [];
  private range: DayRange = null;
  private readonly map: IncidentMap;
  private readonly timeline: Timeline;
  private readonly list: IncidentList;
  private readonly page: IncidentPage;
  private fitted = false;
  /** A review action changed the ledger since the overview was loaded. */
  private stale = false;

  constructor(private readonly taxonomy: ApiTaxonomy) {
    const open = (id: number) => (location.hash = `#/incident/${id}`);
    this.map = new IncidentMap(byId('map'), open);
    this.list = new IncidentList(byId('incident-list'), open, (id) => this.map.highlight(id));
    this.timeline = new Timeline(byId('timeline'), (range) => {
      this.range = range;
      this.showVisible();
    });
    this.page = new IncidentPage(byId('incident-view'), { taxonomy, changed: () => (this.stale = true) });
    fillEventTypes(byId<HTMLSelectElement>('filter-event-type'), taxonomy);
    const form = filterForm();
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.reload();
    });
    form.addEventListener('reset', () => setTimeout(() => void this.reload(), 0));
    byId('clear-range').addEventListener('click', () => this.timeline.select(null));
    window.addEventListener('hashchange', () => void this.route());
    byId('status').addEventListener('click', (e) => ((e.currentTarget as HTMLElement).textContent = ''));
    renderSession(byId('session'), () => void this.route(true));
  }

  async start(): Promise<void> {
    await this.reload();
    await this.route();
  }

  private basemap: Promise<void> | null = null;
  /** The country shapes are fetched when the map is first shown (an incident page opened by link needs none). */
  private loadBasemap(): void {
    this.basemap ??= this.map.loadBasemap().catch(() => announce('The country map could not be loaded.', 'error'));
  }

  private async reload(): Promise<void> {
    const filters = readFilters(filterForm());
    try {
      const [{ incidents, truncated }, stats] = await Promise.all([loadIncidents(filters), get<ApiStats>('/api/stats')]);
      this.all = incidents;
      if (Object.keys(filters).length === 0) fillCountries(byId<HTMLSelectElement>('filter-country'), incidents);
      byId('stats').textContent = `${stats.incidents} incidents · ${stats.documents} documents · ${stats.claims} claims`;
      if (truncated) announce(`Showing the first ${incidents.length} incidents; narrow the filters to see the rest.`);
    } catch (e) {
      this.all = [];
      announce(e instanceof ApiFailure && e.status === 401 ? 'Reading this ledger needs an analyst token: sign in above.' : `Could not load incidents: ${(e as Error).message}`, 'error');
    }
    this.timeline.show(this.all);
    this.showVisible();
    this.fitOnce();
  }

  /** Zooms the map to the incidents the first time it is visible with some (a hidden map has no size to fit). */
  private fitOnce(): void {
    if (this.fitted || this.all.length === 0 || byId('overview-view').hidden) return;
    this.map.fit();
    this.fitted = true;
  }

  private showVisible(): void {
    const range = this.range;
    const visible = range ? this.all.filter((i) => touches(i, range.from, range.to)) : this.all;
    this.map.show(visible);
    this.list.show(visible);
    byId('clear-range').hidden = range === null;
    const where = range ? (range.from === range.to ? ` on ${range.from}` : ` from ${range.from} to ${range.to}`) : '';
    byId('list-summary').textContent = `${visible.length} incident${visible.length === 1 ? '' : 's'}${where}`;
  }

  private async route(sessionChanged = false): Promise<void> {
    const m = /^#\/incident\/(\d+)(?:\/claim\/(\d+))?$/.exec(location.hash);
    const overview = byId('overview-view');
    const incidentView = byId('incident-view');
    if (m) {
      overview.hidden = true;
      incidentView.hidden = false;
      await this.page.show(Number(m[1]), m[2] ? Number(m[2]) : null);
      if (!sessionChanged) document.getElementById('incident-title')?.focus();
    } else {
      incidentView.hidden = true;
      fill(incidentView);
      overview.hidden = false;
      this.map.resize();
      this.loadBasemap();
      this.fitOnce();
      if (this.stale || (sessionChanged && this.all.length === 0)) {
        this.stale = false;
        await this.reload();
      }
    }
  }
}

async function main(): Promise<void> {
  let taxonomy: ApiTaxonomy;
  try {
    taxonomy = await get<ApiTaxonomy>('/api/taxonomy');
  } catch (e) {
    announce(`The API is not answering: ${(e as Error).message}`, 'error');
    return;
  }
  const app = new App(taxonomy);
  if (taxonomy.readAccess === 'private' && !signedIn()) announce('Reading this ledger needs an analyst token: sign in above.');
  await app.start();
  document.body.dataset.ready = 'true';
}

void main();
