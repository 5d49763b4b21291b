import {describe, expect, it} from "vitest";
import {RISK_INDICATORS} from "../../../src/lib/risk/indicators.js";

describe("risk indicator labels", () => {
  const idaci = RISK_INDICATORS.find((i) => i.key === "idaci_rate")!;

  it("call the derived IDACI value what it is, in every label a page or the CSV uses", () => {
    for (const text of [idaci.label, idaci.short, idaci.heading]) expect(text).toMatch(/derived IDACI ratio/i);
    expect(idaci.heading).toMatch(/not a child poverty rate/);
  });

  it("never present it as a child poverty rate or as a percentage", () => {
    for (const text of [idaci.label, idaci.short, idaci.heading, idaci.unit])
      expect(text).not.toMatch(/child poverty \(|poverty rate \(|\(%\)|^share/i);
    expect(idaci.display).toBe("decimal");
  });

  it("give every indicator a heading with its unit", () => {
    for (const i of RISK_INDICATORS) expect(i.heading).toMatch(/\(.+\)$/);
  });
});
