import {formatDecimal, formatInteger} from "../format.js";
import type {LocalChart} from "../content/localChart.js";

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
  const sorted = [...rows].sort((a, b) => b.y - a.y);
  const high = sorted[0];
  const low = sorted[sorted.length - 1];
  return high.y === low.y
    ? `${spec.y_label} is ${f(high.y)}${units} for each of the ${rows.length} ${spec.x_label.toLowerCase()} values.`
    : `${spec.y_label} is highest for ${high.x} (${f(high.y)}${units}) and lowest for ${low.x} (${f(low.y)}).`;
}
