// The annotate stage: one pass of each recogniser over a document's text. Every mention keeps its span.
import type { Doc } from '../core/types.js';
import { findDates, referenceDateOf } from './dates.js';
import { findNumbers } from './numbers.js';
import { findPlaces } from './places.js';
import { splitSentences } from './sentences.js';
import type { Annotated } from './types.js';

export function annotate(doc: Doc): Annotated {
  const text = doc.text;
  const sentences = splitSentences(text, { title: doc.title });
  const referenceDate = referenceDateOf(doc);
  return {
    doc,
    text,
    sentences,
    numbers: findNumbers(text),
    dates: findDates(text, referenceDate),
    places: findPlaces(text, sentences),
    referenceDate,
  };
}
