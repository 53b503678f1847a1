/**
 * Dates written on pages (news items, event listings): ISO (2026-12-03), day-month-year with / . or - (03/12/2026,
 * the European and most LOSI countries' order), day monthname year and monthname day, year in the eight term-list
 * languages, and Chinese 2026年12月3日. Month-first numeric dates (12/03/2026) are read day-first, except when the
 * day would be over 12; the checks only ask "is there a date in this range", where the ambiguity rarely matters.
 */
import { normaliseText } from '../terms/match.js';

// Month stems (accents removed, lower case), index 0-11.
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'enero', 'janeiro', 'januar', 'январ', 'يناير', 'كانون الثاني'],
  ['february', 'feb', 'fevrier', 'febrero', 'fevereiro', 'februar', 'феврал', 'فبراير', 'شباط'],
  ['march', 'mar', 'mars', 'marzo', 'marco', 'marz', 'март', 'مارس', 'اذار'],
  ['april', 'apr', 'avril', 'abril', 'апрел', 'ابريل', 'نيسان'],
  ['may', 'mai', 'mayo', 'maio', 'мая', 'май', 'مايو', 'ايار'],
  ['june', 'jun', 'juin', 'junio', 'junho', 'juni', 'июн', 'يونيو', 'حزيران'],
  ['july', 'jul', 'juillet', 'julio', 'julho', 'juli', 'июл', 'يوليو', 'تموز'],
  ['august', 'aug', 'aout', 'agosto', 'август', 'اغسطس', 'اب'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setembro', 'сентябр', 'سبتمبر', 'ايلول'],
  ['october', 'oct', 'octobre', 'octubre', 'outubro', 'oktober', 'октябр', 'اكتوبر', 'تشرين الاول'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'ноябр', 'نوفمبر', 'تشرين الثاني'],
  ['december', 'dec', 'decembre', 'diciembre', 'dezembro', 'dezember', 'декабр', 'ديسمبر', 'كانون الاول'],
];

function monthIndex(word: string): number | undefined {
  for (let index = 0; index < 12; index += 1) {
    if (MONTHS[index]!.some((stem) => word === stem || (stem.length >= 3 && word.startsWith(stem) && /\p{Script=Cyrillic}/u.test(stem)) || (stem.length >= 4 && word.startsWith(stem)))) return index;
  }
  return undefined;
}

function valid(year: number, month: number, day: number): Date | undefined {
  if (year < 1990 || year > 2100 || month < 0 || month > 11 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCMonth() === month ? date : undefined;
}

/** Every date written in the text (at most 500), in the order found. */
export function datesIn(text: string): Date[] {
  const dates: Date[] = [];
  const add = (date: Date | undefined): void => {
    if (date && dates.length < 500) dates.push(date);
  };
  const sample = text.slice(0, 100_000);
  for (const match of sample.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) add(valid(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  for (const match of sample.matchAll(/\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b/g)) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    add(second > 12 && first <= 12 ? valid(Number(match[3]), first - 1, second) : valid(Number(match[3]), second - 1, first));
  }
  for (const match of sample.matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g)) add(valid(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const words = normaliseText(sample);
  for (const match of words.matchAll(/(?:^|\s)(\d{1,2})(?:er|st|nd|rd|th)?\s+(?:de\s+)?(\p{L}+)\s+(?:de\s+)?(\d{4})(?=\s|$)/gu)) {
    const month = monthIndex(match[2]!);
    if (month !== undefined) add(valid(Number(match[3]), month, Number(match[1])));
  }
  for (const match of words.matchAll(/(?:^|\s)(\p{L}+)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(\d{4})(?=\s|$)/gu)) {
    const month = monthIndex(match[1]!);
    if (month !== undefined) add(valid(Number(match[3]), month, Number(match[2])));
  }
  return dates;
}

const DAY = 86_400_000;

/** Dates on or after the day of `now` (events still to come). */
export function futureDates(dates: readonly Date[], now: Date): Date[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return dates.filter((date) => date.getTime() >= today);
}

/** Dates in the `days` before `now` (plus one day of clock slack): recent items. */
export function recentDates(dates: readonly Date[], now: Date, days: number): Date[] {
  return dates.filter((date) => date.getTime() <= now.getTime() + DAY && date.getTime() >= now.getTime() - days * DAY);
}

/** The first date-like string of the text near a date, for a snippet: the text itself, cut by the evidence layer. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
