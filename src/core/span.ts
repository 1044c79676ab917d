import type { Quote, Span } from './types.js';

export const span = (start: number, end: number): Span => ({ start, end });

export const quoteOf = (text: string, s: Span): Quote => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });

export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Characters between two spans (0 when they touch or overlap). */
export const gap = (a: Span, b: Span): number => Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));

export const byStart = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;
