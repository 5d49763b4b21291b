import {formatInteger} from "../format.js";

export interface IndicatorRow {
  area_code: string;
  area_name: string;
  value: number;
}

const BOROUGH = /^E08/;

/** "Solihull had the highest value (72.6%) and Sandwell the lowest (66.8%); England: 71.8%." */
export function indicatorSentence(rows: readonly IndicatorRow[], format: (v: number) => string): string {
  const boroughs = rows.filter((r) => BOROUGH.test(r.area_code));
  if (boroughs.length === 0) return "No borough has a value.";
  const sorted = [...boroughs].sort((a, b) => b.value - a.value);
  const [high, low] = [sorted[0], sorted.at(-1)!];
  const england = rows.find((r) => r.area_code === "E92000001");
  return (
    `Of the ${boroughs.length} boroughs, ${high.area_name} has the highest value (${format(high.value)}) ` +
    `and ${low.area_name} the lowest (${format(low.value)})${england ? `; England: ${format(england.value)}` : ""}.`
  );
}

/** Where the heat table peaks and dips, e.g. "… highest on Saturday, 01:00 to 02:00 (9.8) …". */
export function hourOfWeekSentence(rows: readonly {day: string; hour: number; value: number}[]): string {
  if (rows.length === 0) return "The table is empty.";
  const hour = (h: number) => `${String(h).padStart(2, "0")}:00 to ${String((h + 1) % 24).padStart(2, "0")}:00`;
  const high = rows.reduce((a, b) => (b.value > a.value ? b : a));
  const low = rows.reduce((a, b) => (b.value < a.value ? b : a));
  return (
    `Across the ${formatInteger(rows.length)} hours of the week, ` +
    `the value is highest on ${high.day}, ${hour(high.hour)} (${high.value}), ` +
    `and lowest on ${low.day}, ${hour(low.hour)} (${low.value}).`
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
