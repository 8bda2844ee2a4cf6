/** Days since 1970 of a `YYYY-MM-DD`, without any time zone. */
export const dayNumber = (value: string) => Date.parse(`${value}T00:00:00Z`) / 86_400_000;

/** Where a date falls in the period, from 0 to 100 (%), clamped to its edges. */
export function positionIn(from: string, to: string) {
  const start = dayNumber(from);
  const span = Math.max(1, dayNumber(to) - start);
  return (value: string) => Math.min(100, Math.max(0, ((dayNumber(value) - start) / span) * 100));
}

/** The first day of each year within the period, for the scale's marks. */
export function yearMarks(from: string, to: string): { year: number; on: string }[] {
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  const marks = [];
  for (let year = first; year <= last; year += 1) marks.push({ year, on: year === first ? from : `${year}-01-01` });
  return marks;
}
