// Publication dates as documents carry them: "YYYY-MM-DD" or an ISO 8601 date-time (CONTRACT.md "Command").
// JSONL input must already be in that form (isIsoDate); web pages and feeds write dates many ways
// (RFC 822 in RSS, RFC 3339 in Atom, "May 3, 2016" in page markup), so normaliseDate() rewrites the common
// ones into it. Nothing here depends on the machine's time zone: a time keeps the offset it was written with.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Date, "T" (or a space, as RFC 3339 allows), hh:mm[:ss[.fff]], then an optional Z or ±hh[:]mm offset.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** True when year-month-day names a day that exists on the (proleptic Gregorian) calendar. */
export const isCalendarDate = (year: number, month: number, day: number): boolean =>
  year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function formatOffset(raw: string | undefined): string | null {
  if (raw === undefined) return '';
  if (raw === 'Z' || raw === 'z') return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(raw);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${m[1]}${pad(hours)}:${pad(minutes)}`;
}

/**
 * Reads a strict ISO date or date-time and returns it in one canonical spelling
 * ("YYYY-MM-DD" or "YYYY-MM-DDThh:mm:ss[.fff][Z|±hh:mm]"), or null when it is not one or names no real day/time.
 */
export function canonicalIsoDate(value: string): string | null {
  const s = value.trim();
  const d = ISO_DATE.exec(s);
  if (d) return isCalendarDate(Number(d[1]), Number(d[2]), Number(d[3])) ? s : null;
  const t = ISO_DATE_TIME.exec(s);
  if (!t) return null;
  const [year, month, day, hour, minute] = [t[1], t[2], t[3], t[4], t[5]].map(Number);
  const second = t[6] === undefined ? 0 : Number(t[6]);
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const offset = formatOffset(t[8]);
  if (offset === null) return null;
  return `${t[1]}-${t[2]}-${t[3]}T${t[4]}:${t[5]}:${pad(second)}${t[7] ?? ''}${offset}`;
}

/** True for "YYYY-MM-DD" or an ISO date-time that names a real calendar day and time of day. */
export const isIsoDate = (value: string): boolean => canonicalIsoDate(value) !== null;

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december'];

// RFC 822 time zone names (RFC 822 §5.1, kept by RFC 2822 as obsolete forms) that RSS feeds still write.
const ZONES: Record<string, string> = {
  UT: 'Z', UTC: 'Z', GMT: 'Z', Z: 'Z', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00',
  MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

/** 1-12 for an English month name or its abbreviation ("Sep", "Sept", "September"), else undefined. */
function monthOf(name: string): number | undefined {
  const lower = name.toLowerCase();
  const i = MONTH_NAMES.findIndex((full) => full === lower || full.slice(0, 3) === lower || (lower === 'sept' && full === 'september'));
  return i < 0 ? undefined : i + 1;
}

// "Tue, 03 May 2016 10:00:00 +0300" and "03 May 2016 10:00 GMT" (RFC 822 / RFC 2822, RSS 2.0 pubDate).
const RFC_822 = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,3})?)?$/;
// "May 3, 2016" and "3 May 2016" without a time, as bylines print them.
const MONTH_DAY_YEAR = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const DAY_MONTH_YEAR = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})$/;

function dayOrNull(year: number, month: number | undefined, day: number): string | null {
  if (month === undefined || !isCalendarDate(year, month, day)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function fromRfc822(s: string): string | null {
  const m = RFC_822.exec(s);
  if (!m) return null;
  let year = Number(m[3]);
  // RFC 2822 §4.3: two-digit years 00-49 are 2000-2049, 50-99 are 1950-1999.
  if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
  const day = dayOrNull(year, monthOf(m[2]), Number(m[1]));
  if (day === null || m[4] === undefined) return day;
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offset = '';
  if (m[7] !== undefined) {
    const zone = /^[+-]\d{4}$/.test(m[7]) ? formatOffset(m[7]) : ZONES[m[7].toUpperCase()];
    if (zone === undefined || zone === null) return day; // an unknown zone leaves the day, not a wrong instant
    offset = zone;
  }
  return `${day}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`;
}

/**
 * Rewrites a date as web pages and feeds write it into "YYYY-MM-DD" or an ISO date-time, or null when it
 * cannot be read without guessing. Compact ISO ("20160503", "20160503T101500Z") is read too.
 */
export function normaliseDate(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim().replace(/\s+/g, ' ');
  if (s === '') return null;
  const iso = canonicalIsoDate(s);
  if (iso) return iso;
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})?)?$/.exec(s);
  if (compact) {
    const spelled = `${compact[1]}-${compact[2]}-${compact[3]}` +
      (compact[4] ? `T${compact[4]}:${compact[5]}:${compact[6] ?? '00'}${compact[7] ?? ''}` : '');
    return canonicalIsoDate(spelled);
  }
  // An ISO date followed by something we do not read (a zone name, a second time) still gives the day.
  const leading = /^(\d{4})-(\d{2})-(\d{2})(?=[T ])/.exec(s);
  if (leading) return dayOrNull(Number(leading[1]), Number(leading[2]), Number(leading[3]));
  const rfc = fromRfc822(s);
  if (rfc) return rfc;
  const mdy = MONTH_DAY_YEAR.exec(s);
  if (mdy) return dayOrNull(Number(mdy[3]), monthOf(mdy[1]), Number(mdy[2]));
  const dmy = DAY_MONTH_YEAR.exec(s);
  if (dmy) return dayOrNull(Number(dmy[3]), monthOf(dmy[2]), Number(dmy[1]));
  return null;
}
