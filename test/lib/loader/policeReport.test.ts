// The build's lines about police.uk data: street files counted, and the API sample's points placed
// on the region's LSOAs with the share inside.
import {createHash} from "node:crypto";
import {join} from "node:path";
import {gzipSync} from "node:zlib";
import {describe, expect, it} from "vitest";
import {POLICE_API_SAMPLE} from "../../../src/lib/inputs/policeApiSample.js";
import {policeReport} from "../../../src/lib/loader/policeReport.js";
import {loadModel} from "../../../src/lib/model/model.js";
import {memoryFiles, Sources} from "../../../src/lib/sources/index.js";
import {FIXTURE_DIR, fixtureSources, makeFixture} from "../../fixtures/sources.js";

const report = (sources: Sources) => policeReport({sources, model: loadModel(sources)});

/** The fixture with an API sample in its manifest: points as the API gives them (latitude, longitude). */
function withSample(points: [number, number][]): Sources {
  const {files} = makeFixture();
  const text = [
    '"","type","street","month","latitude","longitude","ward"',
    ...points.map(([lat, lon], i) => `"${i + 1}","robbery","On or near Fixture Street","2017-01","${lat}","${lon}","X"`)
  ].join("\n");
  const bytes = gzipSync(text);
  const manifest = JSON.parse(files[join(FIXTURE_DIR, "manifest.json")] as string);
  manifest.entries.push({
    path: POLICE_API_SAMPLE,
    title: "Fixture API sample",
    publisher: "Fixture",
    licence: "Open Government Licence v3.0",
    official: "https://example.org/sample",
    sha256: createHash("sha256").update(bytes).digest("hex")
  });
  files[join(FIXTURE_DIR, "manifest.json")] = JSON.stringify(manifest);
  files[join(FIXTURE_DIR, POLICE_API_SAMPLE)] = bytes;
  return new Sources(FIXTURE_DIR, memoryFiles(files));
}

describe("policeReport", () => {
  it("says when there are no street files, and skips a sample the manifest does not list", () => {
    expect(report(fixtureSources())).toEqual([
      "police.uk: no street-level files in police/street: the pages show no monthly crime"
    ]);
  });

  it("counts the street files", () => {
    expect(report(fixtureSources({police: true}))).toEqual([
      "police.uk: 12 street-level files, January 2024 to December 2024: 474 crimes, 12 outside the region's " +
        "LSOAs, 12 with no LSOA, 0 split 2011 LSOAs counted for areas only"
    ]);
  });

  it("places the API sample's points on LSOAs and reports the share inside the region", () => {
    // Two points in the fixture's first LSOA (52.40–52.41°N, 1.90–1.89°W), one in its last, one far away.
    const sources = withSample([
      [52.405, -1.895],
      [52.401, -1.899],
      [52.415, -1.885],
      [52.6, -1.5]
    ]);
    expect(report(sources)[1]).toBe(
      `police.uk API sample (${POLICE_API_SAMPLE}): 3 of 4 points (75%) inside the region's LSOAs, on 2 LSOAs`
    );
  });
});
