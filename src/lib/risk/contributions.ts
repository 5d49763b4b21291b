import {RISK_INDICATORS, type RiskKey} from "./indicators.js";

/** One indicator's part of a neighbourhood's index score: weight × capped z-score. */
export interface Contribution {
  key: RiskKey;
  label: string;
  contribution: number;
}

/** A risk index row's contributions by indicator, in the indicators' order (the page's stacked bars). */
export function contributionsOf(row: Readonly<Record<`c_${RiskKey}`, number>>): Contribution[] {
  return RISK_INDICATORS.map((i) => ({key: i.key, label: i.label, contribution: row[`c_${i.key}`]}));
}
