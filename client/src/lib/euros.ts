const formatters = new Map<string, Intl.NumberFormat>();

/**
 * "1 220 000,00 €": an amount from the server's `Euros` decimal string, for reading. Sums are
 * made by the server; the string becomes a number only here, to be shown, never added up.
 */
export function formatEuros(value: string | null | undefined, locale = 'fr'): string {
  if (value === null || value === undefined || value === '') return '';
  const tag = locale === 'fr' ? 'fr-FR' : 'en-GB';
  let formatter = formatters.get(tag);
  if (!formatter) {
    formatter = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });
    formatters.set(tag, formatter);
  }
  return formatter.format(Number(value));
}

/** Reads what a person typed ("12 500,50", "12500.5") as the decimal string the server expects; null if it is not an amount. */
export function parseEuros(text: string): string | null {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  return /^\d{1,12}(\.\d{1,2})?$/.test(compact) ? compact : null;
}
