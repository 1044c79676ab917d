import { annotate } from '../src/annotate/index.js';
import { findClaims } from '../src/extract/claims.js';
const text = process.argv[2];
const a = annotate({ id: 'x', text, publishedAt: '2025-03-14' });
console.log('sentences', a.sentences.map(s => text.slice(s.start, s.end)));
console.log('numbers', a.numbers.map(n => [text.slice(n.span.start, n.span.end), n.min, n.max, n.qualifier, n.unit]));
console.log('dates', a.dates.map(d => [text.slice(d.span.start, d.span.end), d.date, d.past]));
console.log('places', a.places.map(p => [text.slice(p.span.start, p.span.end), p.place.name, p.place.admin1, p.place.countryCode, p.precision, p.cue]));
console.log('claims', findClaims(a).map(c => [c.kind, c.min, c.max, c.victims, text.slice(c.quote.start, c.quote.end), c.parent ? 'part' : '', c.additive ? '+' : '']));
