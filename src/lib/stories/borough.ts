// Browser-safe: used by the story page as well as at build time.

export interface LaIndicatorRow {
  indicator: string;
  indicator_name: string;
  area_code: string;
  period: string;
  value: number;
  unit: string;
  source: string;
}

/** The borough's needs-assessment indicators beside England's, as an index (England = 100). */
export function boroughIndicators(rows: readonly LaIndicatorRow[], district: string) {
  return rows
    .filter((r) => r.area_code === district)
    .map((here) => {
      const england = rows.find((r) => r.indicator === here.indicator && r.area_code === "E92000001")?.value ?? null;
      return {
        name: here.indicator_name,
        period: here.period,
        unit: here.unit,
        value: here.value,
        england,
        index: england ? (100 * here.value) / england : null,
        source: here.source
      };
    });
}
