/** Days since 1970 of a `YYYY-MM-DD`, without any time zone. */
export const dayNumber = (value: string) => Date.parse(`${value}T00:00:00Z`) / 86_400_000;

/** Where a date falls in the period, from 0 to 100 (%), clamped to its edges. */
export function positionIn(from: string, to: string) {
  const start = dayNumber(from);
  const span = Math.max(1, dayNumber(to) - start);
  return (value: string) => Math.min(100, Math.max(0, ((dayNumber(value) - start) / span) * 100));
}

/** The scale's marks: a year each over a long period, a month each over two years or less. */
export function scaleMarks(from: string, to: string, locale: string): { key: string; on: string; label: string }[] {
  const byMonth = dayNumber(to) - dayNumber(from) <= 800;
  const marks: { key: string; on: string; label: string }[] = [];
  let year = Number(from.slice(0, 4));
  let month = byMonth ? Number(from.slice(5, 7)) : 1;
  for (;;) {
    const on = `${year}-${String(month).padStart(2, '0')}-01`;
    if (on > to) break;
    const shown = on < from ? from : on;
    const label = !byMonth
      ? String(year)
      : new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString(locale, { month: 'short', ...(month === 1 || marks.length === 0 ? { year: 'numeric' } : {}), timeZone: 'UTC' });
    marks.push({ key: on, on: shown, label });
    if (!byMonth || month === 12) {
      year += 1;
      month = 1;
    } else month += 1;
  }
  return marks;
}
