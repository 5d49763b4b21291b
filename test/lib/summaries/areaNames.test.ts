import {describe, expect, it} from "vitest";
import {lsoaLabel} from "../../../src/lib/summaries/areaNames.js";

describe("lsoaLabel", () => {
  const lsoa = {code: "E01033630", name: "Birmingham 031H"};

  it("leads with the ward, then the statistical name and code", () => {
    expect(lsoaLabel({...lsoa, ward: "Aston"})).toBe("In Aston ward — Birmingham 031H (E01033630)");
  });

  it("leads with the neighbourhood's name and its ward where both are known", () => {
    const hawkesley = {code: "E01009107", name: "Birmingham 128A", neighbourhood: "Hawkesley"};
    expect(lsoaLabel({...hawkesley, ward: "King's Norton South"})).toBe(
      "Hawkesley, in King's Norton South ward — Birmingham 128A (E01009107)"
    );
    expect(lsoaLabel(hawkesley)).toBe("Hawkesley — Birmingham 128A (E01009107)");
  });

  it("is the statistical name and code when the site has no place name for it", () => {
    expect(lsoaLabel({...lsoa, ward: null})).toBe("Birmingham 031H (E01033630)");
  });
});
