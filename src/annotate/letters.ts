// Character-class bodies for letters, for regexes compiled WITHOUT the `u` flag. V8 runs case-insensitive
// unicode-mode regexes with large alternations several times slower (measured 8x on long notes), so the
// hot recognisers use these BMP ranges instead of \p{L}: ASCII, Latin-1 and Latin Extended, Greek, Cyrillic,
// Armenian, Hebrew, Arabic, Indic, Thai/Lao, Georgian, Latin Extended Additional, Greek Extended, kana, CJK, Hangul.

/** Any letter (inside [...]): `[${LETTER}]`. */
export const LETTER =
  'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02ff\\u0370-\\u03ff\\u0400-\\u052f\\u0531-\\u058f' +
  '\\u05d0-\\u05ea\\u0600-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\u0900-\\u0dff\\u0e00-\\u0eff\\u10a0-\\u10ff\\u1e00-\\u1fff' +
  '\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af';

/** A lower-case letter (inside [...]), for "is the next word lower-case". */
export const LOWER_LETTER = 'a-z\\u00df-\\u00f6\\u00f8-\\u00ff';
