/** A day cell of a month grid. */
export interface GridDay {
  /** `YYYY-MM-DD`, local. */
  key: string;
  day: number;
  inMonth: boolean;
}

const pad = (number: number) => String(number).padStart(2, '0');

/** The local `YYYY-MM-DD` of a moment, to group meetings by day. */
export function dayKey(value: string | Date): string {
  const moment = new Date(value);
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The weeks (Monday first, as in France) covering `month` (0–11) of `year`. */
export function monthWeeks(year: number, month: number): GridDay[][] {
  const first = new Date(year, month, 1);
  // Monday = 0 … Sunday = 6.
  const lead = (first.getDay() + 6) % 7;
  const start = new Date(year, month, 1 - lead);
  const weeks: GridDay[][] = [];
  for (let cursor = new Date(start); weeks.length < 6; ) {
    const week: GridDay[] = [];
    for (let index = 0; index < 7; index += 1) {
      week.push({ key: dayKey(cursor), day: cursor.getDate(), inMonth: cursor.getMonth() === month });
      cursor.setDate(cursor.getDate() + 1);
    }
    // Stop once the month is over: five weeks suffice for most months.
    if (!week.some((day) => day.inMonth)) break;
    weeks.push(week);
  }
  return weeks;
}

/** Names of the weekdays, Monday first, long and short, in `locale`. */
export function weekdayNames(locale: string): { long: string; short: string }[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, index) => {
    const date = new Date(2024, 0, 1 + index);
    return {
      long: date.toLocaleDateString(locale, { weekday: 'long' }),
      short: date.toLocaleDateString(locale, { weekday: 'short' }),
    };
  });
}
