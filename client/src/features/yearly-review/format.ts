const money = new Map<string, Intl.NumberFormat>();

/** "14 350,00 €" from the server's Euros decimal string (shown, never added up). */
export function euros(value: string, locale: string) {
  const tag = locale === 'fr' ? 'fr-FR' : 'en-GB';
  if (!money.has(tag)) money.set(tag, new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' }));
  return money.get(tag)!.format(Number(value));
}

/** "+2 000,50 €" or "−500,00 €": a change, signed. */
export function signedEuros(value: string, locale: string) {
  return `${Number(value) > 0 ? '+' : ''}${euros(value, locale)}`;
}

/** "+20" or "−3": a change of a figure. */
export function signed(value: number | null, locale: string) {
  if (value === null) return '—';
  return `${value > 0 ? '+' : ''}${new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 }).format(value)}`;
}

export function figure(value: number | null, unit: string, locale: string) {
  if (value === null) return '—';
  return `${new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 }).format(value)} ${unit}`.trim();
}

export const percent = (ratio: number | null) => (ratio === null ? '—' : `${Math.round(ratio * 100)} %`);
