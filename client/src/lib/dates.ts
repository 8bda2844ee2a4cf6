/** Formats a `YYYY-MM-DD` local date for reading, without shifting it through a time zone. */
export function formatLocalDate(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year, month - 1, day).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
}
