/** SQL for a check constraint that keeps a text column within an enum's values. */
export function inEnum(column: string, values: Record<string, string>): string {
  return `"${column}" IN (${Object.values(values).map((value) => `'${value}'`).join(',')})`;
}
