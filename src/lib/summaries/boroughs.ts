import {countWord, formatInteger} from "../format.js";
import {listOf} from "./words.js";

export interface IndicatorRow {
  area_code: string;
  area_name: string;
  value: number;
  /** 95% confidence interval, where the source publishes one. */
  ci_lower?: number | null;
  ci_upper?: number | null;
}

const BOROUGH = /^E08/;

const hasInterval = (r: IndicatorRow) =>
  r.ci_lower !== null && r.ci_lower !== undefined && r.ci_upper !== null && r.ci_upper !== undefined;
const overlaps = (a: IndicatorRow, b: IndicatorRow) => a.ci_lower! <= b.ci_upper! && b.ci_lower! <= a.ci_upper!;

/**
 * One end of the ranking in words: "has the highest value" only when no other borough's 95%
 * interval overlaps the leader's (or, without intervals, when no other borough has the same value);
 * otherwise "is among the highest", with the interval and how many intervals overlap it.
 */
function extreme(sorted: readonly IndicatorRow[], end: "highest" | "lowest", format: (v: number) => string): string {
  const [lead, ...rest] = end === "highest" ? sorted : [...sorted].reverse();
  const tied = rest.filter((r) => format(r.value) === format(lead.value));
  if (tied.length) {
    return `${listOf([lead, ...tied].map((r) => r.area_name))} share the ${end} value (${format(lead.value)})`;
  }
  const allIntervals = sorted.every(hasInterval);
  if (!allIntervals) return `${lead.area_name} has the ${end} value (${format(lead.value)})`;
  const interval = `95% confidence interval ${format(lead.ci_lower!)} to ${format(lead.ci_upper!)}`;
  const overlapping = rest.filter((r) => overlaps(lead, r));
  if (overlapping.length === 0) return `${lead.area_name} has the ${end} value (${format(lead.value)}, ${interval})`;
  return (
    `${lead.area_name} is among the ${end} (${format(lead.value)}, ${interval}, which overlaps the intervals of ` +
    `${countWord(overlapping.length)} other borough${overlapping.length === 1 ? "" : "s"})`
  );
}

/**
 * "Of the 7 boroughs, Solihull is among the highest (72.6%, 95% confidence interval 70.9% to 74.2%, which
 * overlaps …) and Sandwell …; England: 71.8%." Highest and lowest are claimed only when the
 * intervals say so.
 */
export function indicatorSentence(rows: readonly IndicatorRow[], format: (v: number) => string): string {
  const boroughs = rows.filter((r) => BOROUGH.test(r.area_code));
  if (boroughs.length === 0) return "No borough has a value.";
  const sorted = [...boroughs].sort((a, b) => b.value - a.value || a.area_name.localeCompare(b.area_name));
  const england = rows.find((r) => r.area_code === "E92000001");
  if (boroughs.length === 1) return `Only ${boroughs[0].area_name} has a value (${format(boroughs[0].value)}).`;
  return (
    `Of the ${boroughs.length} boroughs, ${extreme(sorted, "highest", format)} ` +
    `and ${extreme(sorted, "lowest", format)}${england ? `; England: ${format(england.value)}` : ""}.`
  );
}

/**
 * Where the heat table peaks and dips, naming every hour that shares the peak or the dip, e.g.
 * "… lowest on Tuesday and Thursday, 05:00 to 06:00 (0.9)".
 */
export function hourOfWeekSentence(rows: readonly {day: string; hour: number; value: number}[]): string {
  if (rows.length === 0) return "The table is empty.";
  const hour = (h: number) => `${String(h).padStart(2, "0")}:00 to ${String((h + 1) % 24).padStart(2, "0")}:00`;
  const at = (value: number) => {
    const hits = rows.filter((r) => r.value === value);
    const sameHour = hits.every((r) => r.hour === hits[0].hour);
    return sameHour
      ? `${listOf(hits.map((r) => r.day))}, ${hour(hits[0].hour)} (${value})`
      : `${listOf(hits.map((r) => `${r.day}, ${hour(r.hour)}`))} (${value} each)`;
  };
  const high = Math.max(...rows.map((r) => r.value));
  const low = Math.min(...rows.map((r) => r.value));
  return (
    `Across the ${formatInteger(rows.length)} hours of the week, ` +
    `the value is highest on ${at(high)}, and lowest on ${at(low)}.`
  );
}

/** "12% of all schools (153) accounted for 79% of permanent exclusions (548) in 2017/18." */
export function exclusionsSentence(
  rows: readonly {
    school_group: string;
    share_of_schools_pct: number;
    schools: number;
    share_of_permanent_exclusions_pct: number;
    permanent_exclusions: number;
    period: string;
  }[]
): string {
  const first = rows[0];
  if (!first) return "No figures are available.";
  const smallest = rows
    .filter((r) => r.school_group === first.school_group)
    .sort((a, b) => a.share_of_schools_pct - b.share_of_schools_pct)[0];
  return (
    `In ${first.period}, ${first.share_of_schools_pct}% of ${first.school_group} (${formatInteger(first.schools)}) ` +
    `accounted for ${first.share_of_permanent_exclusions_pct}% of permanent exclusions ` +
    `(${formatInteger(first.permanent_exclusions)}); ` +
    `just ${formatInteger(smallest.schools)} schools (${smallest.share_of_schools_pct}%) ` +
    `accounted for ${smallest.share_of_permanent_exclusions_pct}%.`
  );
}
