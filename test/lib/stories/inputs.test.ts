import {describe, expect, it} from "vitest";
import {readIod2019Domains} from "../../../src/lib/inputs/iod2019.js";
import {readAgeLsoa11, readLsoa11To21} from "../../../src/lib/inputs/population.js";
import {fixtureSources} from "../../fixtures/sources.js";

describe("story inputs from the fixture sources", () => {
  it("reads ages, the 2011→2021 lookup and IoD2019 deciles", () => {
    const sources = fixtureSources();
    const ages = readAgeLsoa11(sources);
    expect(ages).toHaveLength(4);
    expect(ages[0]).toMatchObject({lsoa11_code: "E01000001", total_population: 30, "5": 10, "30": 20, "90+": 0});
    expect(readLsoa11To21(sources).map((r) => r.change_code)).toEqual(["U", "U", "U", "U"]);
    expect(readIod2019Domains(sources)[0]).toMatchObject({
      lsoa11_code: "E01000001",
      IMD_decile: 2,
      Housing_and_Access_decile: 2,
      IMD_rank: 90
    });
  });
});
