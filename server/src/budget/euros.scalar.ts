import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DECIMAL = /^(-?)(\d{1,12})(?:\.(\d{1,2}))?$/;

/** "1234.5" or 1234.5 → "1234.50"; null when it is not an amount of at most 12 digits and 2 decimals. */
export function normalizeEuros(value: unknown): string | null {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : null;
  const match = text === null ? null : DECIMAL.exec(text);
  if (!match) return null;
  const [, sign, units, cents = ''] = match;
  const normalized = `${BigInt(units)}.${cents.padEnd(2, '0')}`;
  return sign && /[1-9]/.test(normalized) ? `-${normalized}` : normalized;
}

/** What PostgreSQL returns for numeric, any size (sums included), with two decimals. */
function serialize(value: unknown): string {
  const text = typeof value === 'number' ? value.toFixed(2) : String(value);
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(text);
  if (!match) throw new TypeError(`Not an amount: ${text}`);
  const [, sign, units, decimals = ''] = match;
  return `${sign}${BigInt(units)}.${decimals.padEnd(2, '0').slice(0, 2)}`;
}

function parse(value: unknown): string {
  const amount = normalizeEuros(value);
  if (amount === null) {
    throw new GraphQLError('Montant illisible : écrivez-le en euros avec au plus deux décimales, comme « 12500.50 ».', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return amount;
}

/**
 * Amounts of money travel as decimal text, never as floating point: PostgreSQL's numeric
 * comes out as text and sums stay exact from the database to the screen.
 */
export const Euros = new GraphQLScalarType({
  name: 'Euros',
  description: 'An amount in euros as a decimal string with two decimals, e.g. "534000.00": exact, never a float. Inputs take such a string or a number with at most two decimals.',
  serialize,
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parse(ast.value);
    return parse(null);
  },
});
