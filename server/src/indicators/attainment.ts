import { IndicatorDirection } from './indicator.entity';

/**
 * How far the latest value has gone from the baseline towards the target, from 0 to 1:
 * (latest − baseline) / (target − baseline), clamped. The target lies on the good side of the
 * baseline (a rule of indicators), so a value moving the wrong way reads 0 whichever the
 * direction; a target equal to the baseline (« keep it there ») is met or not. Null without
 * any measurement.
 */
export function attainment(
  indicator: { baseline: number; target: number; direction: IndicatorDirection },
  latest: number | null,
): number | null {
  if (latest === null) return null;
  const { baseline, target, direction } = indicator;
  if (target === baseline) {
    return (direction === IndicatorDirection.UP_IS_GOOD ? latest >= target : latest <= target) ? 1 : 0;
  }
  const ratio = (latest - baseline) / (target - baseline);
  return Math.round(Math.min(1, Math.max(0, ratio)) * 10_000) / 10_000;
}

/** Whether a target lies on the good side of the baseline (or on it). */
export function targetFitsDirection(indicator: { baseline: number; target: number; direction: IndicatorDirection }) {
  return indicator.direction === IndicatorDirection.UP_IS_GOOD ? indicator.target >= indicator.baseline : indicator.target <= indicator.baseline;
}
