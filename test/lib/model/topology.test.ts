import {feature, mesh} from "topojson-client";
import type {GeometryCollection} from "topojson-specification";
import {geoArea} from "d3-geo";
import {describe, expect, it} from "vitest";
import {geographyTopology} from "../../../src/lib/model/geography.js";
import {fixtureSources} from "../../fixtures/sources.js";

describe("geographyTopology", () => {
  const topo = geographyTopology(fixtureSources(), {retain: 1, quantization: 1e4});

  it("has LSOA, MSOA, ward and district layers keyed by ONS code", () => {
    expect(Object.keys(topo.objects).sort()).toEqual(["district", "lsoa", "msoa", "ward"]);
    expect(topo.objects.lsoa.geometries.map((g) => g.id)).toEqual(["E01000001", "E01000002", "E01000003", "E01000004"]);
    expect(topo.objects.msoa.geometries.map((g) => g.properties)).toEqual([
      {name: "Hill Hook"},
      {name: "Riverside & Mill"}
    ]);
    expect(topo.objects.ward.geometries[1].properties).toEqual({name: "South & East", district: "E08000026"});
  });

  it("dissolves wards into districts", () => {
    const districts = topo.objects.district.geometries;
    expect(districts.map((d) => [d.id, d.properties])).toEqual([
      ["E08000025", {name: "Birmingham"}],
      ["E08000026", {name: "Coventry"}]
    ]);
    const lsoaArea = (i: number) => geoArea(feature(topo, topo.objects.lsoa.geometries[i]) as never);
    const birmingham = geoArea(feature(topo, districts[0]) as never);
    expect(birmingham).toBeCloseTo(lsoaArea(0) + lsoaArea(1) + lsoaArea(2), 10);
  });

  it("shares arcs between neighbouring LSOAs, so borders line up", () => {
    const interior = mesh(topo, topo.objects.lsoa as GeometryCollection, (a, b) => a !== b);
    expect(interior.coordinates.length).toBeGreaterThan(0);
    expect(topo.transform).toBeDefined();
  });
});
