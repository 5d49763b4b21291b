import {formatDecimal, formatInteger} from "../format.js";
import type {LocalChart} from "../content/localChart.js";
import {capitalise, listOf, lowerFirst} from "./words.js";

/** A chart's values as text: whole numbers with separators, others to one decimal place. */
export function chartValueFormat(rows: readonly {y: number}[]): (v: number) => string {
  return rows.every((r) => Number.isInteger(r.y)) ? formatInteger : (v) => formatDecimal(v, 1);
}

/**
 * The value axis's ticks when every value is a whole number (a count): whole numbers only, about
 * `count` of them from zero, so an axis of small counts never reads 3, 3, 4, 4 (its labels rounded).
 * Undefined for other values: the chart's own ticks are right for them.
 */
export function wholeNumberTicks(rows: readonly {y: number}[], count = 5): number[] | undefined {
  if (!rows.every((r) => Number.isInteger(r.y))) return undefined;
  const low = Math.min(0, ...rows.map((r) => r.y));
  const high = Math.max(0, ...rows.map((r) => r.y));
  const rough = Math.max(1, (high - low) / count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const ticks: number[] = [];
  for (let t = Math.floor(low / step) * step; t <= Math.ceil(high / step) * step; t += step) ticks.push(t);
  return ticks;
}

/**
 * One sentence a reader can take instead of the chart: the change from first to last point for a
 * line, the highest and lowest categories for bars and dots.
 */
export function localChartSentence({spec, rows}: LocalChart): string {
  const f = chartValueFormat(rows);
  const units = spec.units ? ` ${spec.units}` : "";
  // Labels are written by editors: "IMD 2025 decile" keeps its capitals mid-sentence, "Year" does not.
  const measure = capitalise(spec.y_label);
  const categories = lowerFirst(spec.x_label);
  if (rows.length === 1) return `${measure} was ${f(rows[0].y)}${units} in ${rows[0].x}.`;
  if (spec.type === "line") {
    const first = rows[0];
    const last = rows[rows.length - 1];
    const direction = last.y > first.y ? "rose" : last.y < first.y ? "fell" : "stayed";
    return direction === "stayed"
      ? `${measure} was ${f(first.y)}${units} in both ${first.x} and ${last.x}.`
      : `${measure} ${direction} from ${f(first.y)} in ${first.x} to ${f(last.y)}${units} in ${last.x}.`;
  }
  const high = Math.max(...rows.map((r) => r.y));
  const low = Math.min(...rows.map((r) => r.y));
  // Every category that shares the top or bottom value is named, so a tie is never half told.
  const at = (y: number) => listOf(rows.filter((r) => r.y === y).map((r) => String(r.x)));
  return high === low
    ? `${measure} is ${f(high)}${units} for ${rows.length === 2 ? "both" : `all ${rows.length}`} ${categories} ` +
        `values (${listOf(rows.map((r) => String(r.x)))}).`
    : `${measure} is highest for ${at(high)} (${f(high)}${units}) and lowest for ${at(low)} (${f(low)}).`;
}
