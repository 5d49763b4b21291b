import {formatDecimal, formatInteger} from "../format.js";
import type {LocalChart} from "../content/localChart.js";
import {listOf} from "./words.js";

/** A chart's values as text: whole numbers with separators, others to one decimal place. */
export function chartValueFormat(rows: readonly {y: number}[]): (v: number) => string {
  return rows.every((r) => Number.isInteger(r.y)) ? formatInteger : (v) => formatDecimal(v, 1);
}

/**
 * One sentence a reader can take instead of the chart: the change from first to last point for a
 * line, the highest and lowest categories for bars and dots.
 */
export function localChartSentence({spec, rows}: LocalChart): string {
  const f = chartValueFormat(rows);
  const units = spec.units ? ` ${spec.units}` : "";
  if (rows.length === 1) return `${spec.y_label} was ${f(rows[0].y)}${units} in ${rows[0].x}.`;
  if (spec.type === "line") {
    const first = rows[0];
    const last = rows[rows.length - 1];
    const direction = last.y > first.y ? "rose" : last.y < first.y ? "fell" : "stayed";
    return direction === "stayed"
      ? `${spec.y_label} was ${f(first.y)}${units} in both ${first.x} and ${last.x}.`
      : `${spec.y_label} ${direction} from ${f(first.y)} in ${first.x} to ${f(last.y)}${units} in ${last.x}.`;
  }
  const high = Math.max(...rows.map((r) => r.y));
  const low = Math.min(...rows.map((r) => r.y));
  // Every category that shares the top or bottom value is named, so a tie is never half told.
  const at = (y: number) => listOf(rows.filter((r) => r.y === y).map((r) => String(r.x)));
  return high === low
    ? `${spec.y_label} is ${f(high)}${units} for each of the ${rows.length} ${spec.x_label.toLowerCase()} values.`
    : `${spec.y_label} is highest for ${at(high)} (${f(high)}${units}) and lowest for ${at(low)} (${f(low)}).`;
}
