// The timeline: incidents per day (bars up) and people killed per day (bars down, best figures), drawn as SVG.
// Dragging across it (or clicking a day) picks a range of days that filters the map and the list; with the
// keyboard, the arrow keys move a day cursor, Enter picks the day, Shift+arrows stretch the range, Escape clears.
import type { ApiIncident } from '../server/schemas.js';
import { svg, fill } from './dom.js';

export type DayRange = { from: string; to: string } | null;

const DAY_MS = 86_400_000;
const dayNumber = (day: string): number => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
const dayString = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

export interface DayCount {
  day: string;
  incidents: number;
  killed: number;
}

/** Incidents and deaths per day, counted on each incident's first day. */
export function dailyCounts(incidents: ApiIncident[]): DayCount[] {
  const byDay = new Map<string, DayCount>();
  for (const i of incidents) {
    if (!i.date) continue;
    const c = byDay.get(i.date.start) ?? { day: i.date.start, incidents: 0, killed: 0 };
    c.incidents++;
    c.killed += i.casualties.killed?.best ?? 0;
    byDay.set(i.date.start, c);
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}

const HEIGHT = 140;
const AXIS = 18;
const MIDDLE = (HEIGHT - AXIS) / 2;
const PAD = 8;

export class Timeline {
  private counts: DayCount[] = [];
  private first = 0;
  private last = 0;
  private range: DayRange = null;
  private cursor: number | null = null;
  private anchor: number | null = null;
  private readonly chart: SVGSVGElement;

  constructor(
    private readonly container: HTMLElement,
    private readonly changed: (range: DayRange) => void,
  ) {
    this.chart = svg('svg', {
      class: 'timeline-chart',
      role: 'group',
      tabindex: 0,
      'aria-label': 'Timeline of incidents (bars up) and people killed (bars down) per day. Drag or click to pick days; arrow keys move, Enter picks, Shift+arrows extend, Escape clears.',
      height: HEIGHT,
    });
    container.append(this.chart);
    this.listen();
    new ResizeObserver(() => this.draw()).observe(container);
  }

  show(incidents: ApiIncident[]): void {
    this.counts = dailyCounts(incidents);
    if (this.counts.length > 0) {
      this.first = dayNumber(this.counts[0].day) - 1;
      this.last = dayNumber(this.counts[this.counts.length - 1].day) + 1;
    }
    this.draw();
  }

  get selected(): DayRange {
    return this.range;
  }

  select(range: DayRange): void {
    this.range = range;
    this.draw();
    this.changed(range);
  }

  private width(): number {
    return Math.max(200, this.chart.clientWidth || this.container.clientWidth || 600);
  }

  private x(day: number): number {
    const span = Math.max(1, this.last - this.first + 1);
    return PAD + ((day - this.first) / span) * (this.width() - 2 * PAD);
  }

  private dayAt(clientX: number): number {
    const box = this.chart.getBoundingClientRect();
    const span = Math.max(1, this.last - this.first + 1);
    const n = this.first + Math.floor(((clientX - box.left - PAD) / (box.width - 2 * PAD)) * span);
    return Math.min(this.last, Math.max(this.first, n));
  }

  private draw(): void {
    const width = this.width();
    this.chart.setAttribute('viewBox', `0 0 ${width} ${HEIGHT}`);
    this.chart.setAttribute('width', String(width));
    if (this.counts.length === 0) {
      fill(this.chart, svg('text', { x: width / 2, y: HEIGHT / 2, 'text-anchor': 'middle', class: 'empty' }, 'No dated incidents'));
      return;
    }
    const span = this.last - this.first + 1;
    // At least 3 px, so a single day stays visible (and clickable) on a long timeline.
    const barWidth = Math.max(3, (width - 2 * PAD) / span - 1);
    const maxIncidents = Math.max(...this.counts.map((c) => c.incidents));
    const maxKilled = Math.max(1, ...this.counts.map((c) => c.killed));
    const parts: SVGElement[] = [];
    if (this.range) {
      const from = dayNumber(this.range.from);
      const to = dayNumber(this.range.to);
      parts.push(svg('rect', { class: 'range', x: this.x(from), y: 0, width: Math.max(2, this.x(to + 1) - this.x(from)), height: HEIGHT - AXIS }));
    }
    for (const c of this.counts) {
      const x = this.x(dayNumber(c.day));
      const up = (c.incidents / maxIncidents) * (MIDDLE - 4);
      const down = (c.killed / maxKilled) * (MIDDLE - 4);
      const picked = this.range !== null && c.day >= this.range.from && c.day <= this.range.to;
      const label = `${c.day}: ${c.incidents} incident${c.incidents === 1 ? '' : 's'}, ${c.killed} killed`;
      parts.push(svg('rect', { class: `day-bar incidents${picked ? ' picked' : ''}`, 'data-day': c.day, x, y: MIDDLE - up, width: barWidth, height: Math.max(1, up) }, svg('title', {}, label)));
      if (c.killed > 0) parts.push(svg('rect', { class: `day-bar killed${picked ? ' picked' : ''}`, 'data-day': c.day, x, y: MIDDLE, width: barWidth, height: Math.max(1, down) }, svg('title', {}, label)));
    }
    parts.push(svg('line', { class: 'axis', x1: PAD, x2: width - PAD, y1: MIDDLE, y2: MIDDLE }));
    parts.push(svg('text', { class: 'tick', x: PAD, y: HEIGHT - 4 }, dayString(this.first + 1)));
    parts.push(svg('text', { class: 'tick', x: width - PAD, y: HEIGHT - 4, 'text-anchor': 'end' }, dayString(this.last - 1)));
    parts.push(svg('text', { class: 'tick', x: PAD, y: 11 }, `${maxIncidents} incident${maxIncidents === 1 ? '' : 's'}`));
    parts.push(svg('text', { class: 'tick killed-label', x: PAD, y: HEIGHT - AXIS - 3 }, `${maxKilled} killed`));
    if (this.cursor !== null) {
      parts.push(svg('rect', { class: 'cursor', x: this.x(this.cursor) - 1, y: 0, width: Math.max(3, barWidth + 2), height: HEIGHT - AXIS }));
      parts.push(svg('text', { class: 'tick cursor-label', x: width / 2, y: HEIGHT - 4, 'text-anchor': 'middle' }, dayString(this.cursor)));
    }
    fill(this.chart, ...parts);
  }

  private pick(a: number, b: number): void {
    this.select({ from: dayString(Math.min(a, b)), to: dayString(Math.max(a, b)) });
  }

  private listen(): void {
    let start: number | null = null;
    this.chart.addEventListener('pointerdown', (e) => {
      if (this.counts.length === 0 || e.button !== 0) return;
      start = this.dayAt(e.clientX);
      this.chart.setPointerCapture(e.pointerId);
      this.range = { from: dayString(start), to: dayString(start) };
      this.draw();
    });
    this.chart.addEventListener('pointermove', (e) => {
      if (start === null) return;
      const now = this.dayAt(e.clientX);
      this.range = { from: dayString(Math.min(start, now)), to: dayString(Math.max(start, now)) };
      this.draw();
    });
    this.chart.addEventListener('pointerup', (e) => {
      if (start === null) return;
      const end = this.dayAt(e.clientX);
      const from = start;
      start = null;
      this.pick(from, end);
    });
    this.chart.addEventListener('keydown', (e) => {
      if (this.counts.length === 0) return;
      const step = e.key === 'ArrowLeft' ? -1 : e.key === 'ArrowRight' ? 1 : e.key === 'PageUp' ? -7 : e.key === 'PageDown' ? 7 : 0;
      if (step !== 0) {
        e.preventDefault();
        const from = this.cursor ?? dayNumber(this.counts[0].day) - step;
        this.cursor = Math.min(this.last, Math.max(this.first, from + step));
        if (e.shiftKey) {
          this.anchor ??= from;
          this.pick(this.anchor, this.cursor);
        } else {
          this.anchor = null;
          this.draw();
        }
      } else if (e.key === 'Enter' || e.key === ' ') {
        if (this.cursor === null) return;
        e.preventDefault();
        this.anchor = this.cursor;
        this.pick(this.cursor, this.cursor);
      } else if (e.key === 'Escape') {
        this.anchor = null;
        this.select(null);
      }
    });
    this.chart.addEventListener('blur', () => {
      this.cursor = null;
      this.draw();
    });
  }
}
