// The toll history as a small step chart: one column per change (a new report, a review action), the killed
// low–high band shaded (dotted to the top when open-ended) and the best figure as a line with points.
import type { ApiToll, ApiTollChange } from '../server/schemas.js';
import { svg } from './dom.js';
import { tollText } from './format.js';

const W = 320;
const H = 120;
const PAD = { left: 34, right: 10, top: 10, bottom: 20 };

export function tollHistoryChart(changes: ApiTollChange[]): SVGSVGElement {
  // The toll before the first change (none), then after each.
  const steps: { toll: ApiToll | null; label: string }[] = changes.map((c) => ({ toll: c.new.killed, label: `${c.at.slice(0, 16).replace('T', ' ')} ${c.action}: killed ${tollText(c.new.killed)}` }));
  const chart = svg('svg', { class: 'toll-chart', viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': `Killed toll after each of ${steps.length} changes` });
  if (steps.length === 0) {
    chart.append(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'empty' }, 'No toll changes yet'));
    return chart;
  }
  const top = Math.max(1, ...steps.map((s) => Math.max(s.toll?.high ?? 0, s.toll?.best ?? 0, s.toll?.low ?? 0)));
  const y = (v: number) => PAD.top + (1 - v / top) * (H - PAD.top - PAD.bottom);
  const colW = (W - PAD.left - PAD.right) / steps.length;
  const x = (k: number) => PAD.left + k * colW;
  const line: string[] = [];
  steps.forEach((s, k) => {
    if (!s.toll) return;
    const t = s.toll;
    const high = t.high ?? top;
    chart.append(svg('rect', { class: t.high === null ? 'band open' : 'band', x: x(k) + 2, y: y(high), width: colW - 4, height: Math.max(1, y(t.low) - y(high)) }, svg('title', {}, s.label)));
    line.push(`${x(k) + colW / 2},${y(t.best)}`);
  });
  if (line.length > 0) chart.append(svg('polyline', { class: 'best', points: line.join(' ') }));
  steps.forEach((s, k) => {
    if (s.toll) chart.append(svg('circle', { class: 'best-point', cx: x(k) + colW / 2, cy: y(s.toll.best), r: 3 }, svg('title', {}, s.label)));
  });
  chart.append(
    svg('line', { class: 'axis', x1: PAD.left, x2: W - PAD.right, y1: H - PAD.bottom, y2: H - PAD.bottom }),
    svg('text', { class: 'tick', x: PAD.left - 4, y: y(top) + 4, 'text-anchor': 'end' }, String(top)),
    svg('text', { class: 'tick', x: PAD.left - 4, y: y(0) + 4, 'text-anchor': 'end' }, '0'),
    svg('text', { class: 'tick', x: PAD.left, y: H - 5 }, 'first'),
    svg('text', { class: 'tick', x: W - PAD.right, y: H - 5, 'text-anchor': 'end' }, 'latest'),
  );
  return chart;
}
