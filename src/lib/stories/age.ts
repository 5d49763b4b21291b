/** Age bands shown on the age profile; the last is open-ended. */
export const AGE_BANDS = [
  {label: "0–4", from: 0, to: 4},
  {label: "5–9", from: 5, to: 9},
  {label: "10–15", from: 10, to: 15},
  {label: "16–17", from: 16, to: 17},
  {label: "18–24", from: 18, to: 24},
  {label: "25–34", from: 25, to: 34},
  {label: "35–44", from: 35, to: 44},
  {label: "45–54", from: 45, to: 54},
  {label: "55–64", from: 55, to: 64},
  {label: "65–74", from: 65, to: 74},
  {label: "75+", from: 75, to: 90}
] as const;

export interface AgeProfile {
  bands: {
    band: string;
    /** Years of age the band spans (75+ runs to the estimates' last column, 90 and over: 16). */
    years: number;
    area: number;
    area_share: number;
    comparison_share: number;
    /** The share divided by the band's years: comparable between bands of unequal width. */
    area_share_per_year: number;
    comparison_share_per_year: number;
  }[];
  area_total: number;
  under_18_share: number;
  under_25_share: number;
  comparison_under_18_share: number;
  comparison_under_25_share: number;
}

const sum = (values: readonly number[], from = 0, to = values.length - 1) =>
  values.slice(from, to + 1).reduce((s, v) => s + v, 0);

/** Shares by band for the area and a comparison (e.g. the seven boroughs). */
export function ageProfile(area: readonly number[], comparison: readonly number[]): AgeProfile {
  const areaTotal = sum(area);
  const compTotal = sum(comparison);
  return {
    bands: AGE_BANDS.map((b) => {
      const years = b.to - b.from + 1;
      const areaShare = sum(area, b.from, b.to) / areaTotal;
      const comparisonShare = sum(comparison, b.from, b.to) / compTotal;
      return {
        band: b.label,
        years,
        area: Math.round(sum(area, b.from, b.to)),
        area_share: areaShare,
        comparison_share: comparisonShare,
        area_share_per_year: areaShare / years,
        comparison_share_per_year: comparisonShare / years
      };
    }),
    area_total: Math.round(areaTotal),
    under_18_share: sum(area, 0, 17) / areaTotal,
    under_25_share: sum(area, 0, 24) / areaTotal,
    comparison_under_18_share: sum(comparison, 0, 17) / compTotal,
    comparison_under_25_share: sum(comparison, 0, 24) / compTotal
  };
}
