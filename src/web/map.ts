// The map: Natural Earth country shapes (world-atlas, shipped with the app) drawn by Leaflet as GeoJSON on a
// canvas, with no tile server; incidents as circles whose area follows the best killed figure, coloured by
// event type, with a dashed halo out to the high figure (open-ended when there is none) and a thin ring at
// the low one, so the spread of the sources' figures shows at a glance.
import type * as Leaflet from 'leaflet';
import type * as TopoClient from 'topojson-client';
import type { ApiIncident } from '../server/schemas.js';
import { el } from './dom.js';
import { EVENT_COLOURS, colourOf, dateText, incidentTitle, tollText } from './format.js';

// Leaflet and topojson-client are loaded as classic scripts before this module (see index.html).
const L = (globalThis as unknown as { L: typeof Leaflet }).L;
const topojson = (globalThis as unknown as { topojson: typeof TopoClient }).topojson;

/** Pixel radius for a number of people killed: area grows with the count. */
export const radiusFor = (killed: number): number => 4 + 2.2 * Math.sqrt(Math.max(0, killed));

interface Drawn {
  incident: ApiIncident;
  layers: Leaflet.CircleMarker[];
  main: Leaflet.CircleMarker;
}

export class IncidentMap {
  private readonly map: Leaflet.Map;
  private readonly markers: Leaflet.LayerGroup;
  private drawn = new Map<number, Drawn>();
  private highlighted: number | null = null;

  constructor(
    container: HTMLElement,
    private readonly open: (id: number) => void,
  ) {
    this.map = L.map(container, { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5, keyboard: true, attributionControl: true }).setView([20, 20], 2);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution('Country shapes: Natural Earth');
    this.markers = L.layerGroup().addTo(this.map);
    this.legend().addTo(this.map);
  }

  async loadBasemap(): Promise<void> {
    const response = await fetch('/vendor/countries-50m.json');
    const topology = await response.json();
    const countries = topojson.feature(topology, topology.objects.countries);
    // Path options (the canvas renderer among them) reach each country layer; the typings leave them out.
    const options = {
      renderer: L.canvas({ padding: 0.5 }),
      interactive: false,
      style: () => ({ color: '#8a9299', weight: 0.6, fillColor: '#eef0ec', fillOpacity: 1 }),
    } as Leaflet.GeoJSONOptions;
    L.geoJSON(countries, options).addTo(this.map);
  }

  show(incidents: ApiIncident[], fit = false): void {
    this.markers.clearLayers();
    this.drawn.clear();
    for (const incident of incidents) {
      const loc = incident.location;
      if (!loc) continue;
      const at: Leaflet.LatLngExpression = [loc.lat, loc.lon];
      const colour = colourOf(incident.eventType);
      const killed = incident.casualties.killed;
      const best = killed?.best ?? 0;
      const layers: Leaflet.CircleMarker[] = [];
      if (killed && killed.high !== killed.low) {
        const outer = killed.high ?? Math.max(best * 2, best + 10);
        layers.push(L.circleMarker(at, { radius: radiusFor(outer), color: colour, weight: 1.5, dashArray: killed.high === null ? '2 4' : '5 3', fillColor: colour, fillOpacity: 0.1, interactive: false, className: 'incident-halo' }));
      }
      const main = L.circleMarker(at, {
        radius: radiusFor(best),
        color: killed ? '#1b1b1b' : colour,
        weight: 1,
        fillColor: colour,
        fillOpacity: killed ? 0.8 : 0.35,
        className: 'incident-marker',
      });
      layers.push(main);
      if (killed && killed.low !== killed.best && killed.low > 0) {
        layers.push(L.circleMarker(at, { radius: radiusFor(killed.low), color: '#ffffff', weight: 1, fill: false, interactive: false, className: 'incident-low' }));
      }
      main.bindTooltip(this.tooltip(incident), { direction: 'top', offset: [0, -4] });
      main.on('click', () => this.open(incident.id));
      for (const layer of layers) layer.addTo(this.markers);
      const path = main.getElement();
      if (path) {
        path.setAttribute('data-incident', String(incident.id));
        path.setAttribute('aria-label', `${incidentTitle(incident)}, ${dateText(incident.date)}, killed ${tollText(killed)}`);
      }
      this.drawn.set(incident.id, { incident, layers, main });
    }
    if (this.highlighted !== null) this.highlight(this.highlighted);
    if (fit) this.fit();
  }

  fit(): void {
    const points = [...this.drawn.values()].map((d) => d.main.getLatLng());
    if (points.length === 0) return;
    this.map.fitBounds(L.latLngBounds(points), { padding: [40, 40], maxZoom: 7 });
  }

  /** Outlines one incident's marker (the list's active item) and brings it to the front. */
  highlight(id: number | null): void {
    if (this.highlighted !== null) this.drawn.get(this.highlighted)?.main.setStyle({ weight: 1, color: '#1b1b1b' });
    this.highlighted = id;
    const d = id === null ? undefined : this.drawn.get(id);
    if (d) {
      d.main.setStyle({ weight: 3, color: '#000000' });
      d.main.bringToFront();
    }
  }

  resize(): void {
    this.map.invalidateSize();
  }

  /** Tooltip content as an element: a string would be parsed as HTML by Leaflet. */
  private tooltip(i: ApiIncident): HTMLElement {
    return el('div', { class: 'map-tip' },
      el('strong', {}, incidentTitle(i)),
      el('br'),
      dateText(i.date),
      el('br'),
      `killed: ${tollText(i.casualties.killed)}`);
  }

  private legend(): Leaflet.Control {
    const control = new L.Control({ position: 'bottomright' });
    control.onAdd = () => {
      const rows = Object.entries(EVENT_COLOURS).map(([type, colour]) =>
        el('li', {}, el('span', { class: `swatch swatch-${slug(type)}`, 'aria-hidden': 'true' }), type));
      const box = el('div', { class: 'legend', role: 'note', 'aria-label': 'Map legend' },
        el('strong', {}, 'Event type'),
        el('ul', {}, ...rows),
        el('p', {}, 'Circle area: best killed figure. Thin white ring: lowest figure. Dashed halo: highest figure (dotted: no upper bound). Pale circle: no deaths reported.'));
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    return control;
  }
}

/** A CSS-safe name for an event type (the swatch colours live in style.css: no inline styles under the CSP). */
export const slug = (type: string): string => type.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
