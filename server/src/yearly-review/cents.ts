/** Exact sums of euro amounts written as decimal text ("1234.50"), through integer cents. */
const toCents = (amount: string) => {
  const [units, decimals = ''] = amount.replace('-', '').split('.');
  const cents = BigInt(units) * 100n + BigInt(decimals.padEnd(2, '0').slice(0, 2));
  return amount.startsWith('-') ? -cents : cents;
};

const fromCents = (cents: bigint) => {
  const sign = cents < 0n ? '-' : '';
  const absolute = cents < 0n ? -cents : cents;
  return `${sign}${absolute / 100n}.${String(absolute % 100n).padStart(2, '0')}`;
};

export const addCents = (a: string, b: string) => fromCents(toCents(a) + toCents(b));
export const subtractCents = (a: string, b: string) => fromCents(toCents(a) - toCents(b));
