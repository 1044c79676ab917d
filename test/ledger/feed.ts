// A synthetic news feed for queue and scale tests: events in well-known cities, each told by one to three
// outlets in different words, dated over a few weeks. Deterministic for a given size.
import type { Doc } from '../../src/core/types.js';

const CITIES = ['Aleppo', 'Homs', 'Idlib', 'Kharkiv', 'Odesa', 'Mogadishu', 'Kabul', 'Kandahar', 'Mosul', 'Baghdad', 'Sanaa', 'Aden', 'Maiduguri', 'Goma'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const OUTLETS = ['Northern Wire', 'Evening Post', 'Horn Courier', 'Levant Daily', 'Capital FM'];

const TELLINGS: ((e: { city: string; day: string; n: number }) => string)[] = [
  (e) => `${e.city.toUpperCase()} — An air strike hit a market in ${e.city} on ${e.day}, killing ${e.n} people, the health ministry said.`,
  (e) => `${e.n} people were killed when warplanes bombed a market in ${e.city} on ${e.day}, witnesses said.`,
  (e) => `Warplanes struck a busy market in ${e.city} on ${e.day}. Medics said ${e.n} people died and many more were wounded.`,
];

/** `size` documents: about one event per two documents, ids f1..fN. */
export function syntheticFeed(size: number): Doc[] {
  const docs: Doc[] = [];
  for (let event = 0; docs.length < size; event++) {
    const city = CITIES[event % CITIES.length];
    const date = new Date(Date.UTC(2024, 2, 1) + 86_400_000 * (Math.floor(event / CITIES.length) % 28));
    const e = { city, day: DAYS[date.getUTCDay()], n: 2 + ((event * 7) % 31) };
    const tellings = 1 + (event % 3);
    for (let t = 0; t < tellings && docs.length < size; t++) {
      docs.push({
        id: `f${docs.length + 1}`,
        source: OUTLETS[(event + t) % OUTLETS.length],
        publishedAt: date.toISOString().slice(0, 10),
        title: `Strike in ${city} (${event})`,
        text: `${TELLINGS[t](e)} Report ${event}-${t}.`,
      });
    }
  }
  return docs;
}
