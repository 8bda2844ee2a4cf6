/** Today's `YYYY-MM-DD` in the browser's time zone, for date inputs. */
export function todayIso(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "12,5" or "12.5" as a number; null when it is not one. */
export function parseDecimal(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return null;
  return Number(compact);
}

/** A figure with its unit, in the interface language: "105 participants". */
export function formatFigure(value: number | null | undefined, unit: string, locale: string): string {
  if (value === null || value === undefined) return '';
  const figure = value.toLocaleString(locale, { maximumFractionDigits: 2 });
  return unit ? `${figure} ${unit}` : figure;
}
