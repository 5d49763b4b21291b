import {readOnce} from "../inputs/cache.js";
import {readDomains, readIndicators, readSubdomains} from "../inputs/deprivation.js";
import {readDistrictSummaries} from "../inputs/districtSummaries.js";
import {IOD2019_COLUMN, readIod2019Domains} from "../inputs/iod2019.js";
import {readLsoaLookup, readMsoaNames, readWardLookup} from "../inputs/lookups.js";
import {SOURCE_PATHS} from "../inputs/paths.js";
import {readAgeLsoa11, readLsoa11To21} from "../inputs/population.js";
import {readStreetMonths} from "../inputs/policeStreet.js";
import {readSna, type SnaTables} from "../inputs/sna.js";
import type {Sources} from "../sources/index.js";
import {lazyObject} from "../util/lazy.js";
import {ageVectors, agesOn2021Lsoas} from "./ages.js";
import {summariseAreas, summariseEngland, type AreaSummary} from "./areas.js";
import {GEOGRAPHY_SOURCES, geographyTopology} from "./geography.js";
import {joinLsoas} from "./join.js";
import {englandMeasure} from "./measures.js";
import {countPoliceCrime, type PoliceCrime} from "./policeCrime.js";
import type {LsoaRecord} from "./record.js";
import type {AreaTopology} from "./topology.js";

/** Where an LSOA is: its ward and district in ONS's best-fit lookup (the codes a story's area may use). */
export interface LsoaPlace {
  lsoa21cd: string;
  ward25cd: string;
  ward25nm: string;
  lad25cd: string;
  lad25nm: string;
}

/** One LSOA 2011 → 2021 link; change_code U unchanged, S split, M merged, X redesigned. */
export interface Lsoa11Link {
  lsoa11_code: string;
  change_code: string;
  lsoa21_code: string;
}

/** Everything the loaders compute from, joined once. Read the parts, never change them. */
export interface Model {
  /** One row per LSOA 2021 of the seven boroughs (1,719), sorted by code: geography, population, IoD2025. */
  lsoas: readonly LsoaRecord[];
  places: readonly LsoaPlace[];
  /** Summaries of every MSOA, ward and district and of the region: LSOAs weighted by the IoD2025 population. */
  areas: readonly AreaSummary[];
  /** England's reference values, made as every other area's (its LSOAs weighted by the IoD2025 population). */
  england: AreaSummary;
  /** Mid-2020 residents by single year of age (0 to 90+) on each 2021 LSOA. */
  ages: ReadonlyMap<string, readonly number[]>;
  lsoa11To21: readonly Lsoa11Link[];
  /** IoD2019 IMD decile and rank by LSOA 2011 code. */
  iod2019: ReadonlyMap<string, {decile: number; rank: number}>;
  /** LSOA, MSOA, ward and district shapes as one topology (the slowest part: about a second). */
  topology: AreaTopology;
  sna: SnaTables;
  districtSummaries: ReturnType<typeof readDistrictSummaries>;
  /** police.uk's monthly street-level crimes on the region's LSOAs, when the sources folder has them; else null. */
  policeCrime: PoliceCrime | null;
}

/** The files the England summary is made from: the model caches the summary under their checksums. */
export const ENGLAND_SOURCES = [SOURCE_PATHS.domainsEngland, SOURCE_PATHS.indicatorsEngland];

function buildModel(sources: Sources): Model {
  const model: Model = lazyObject<Model>({
    lsoas: () =>
      joinLsoas({
        domains: readDomains(sources),
        subdomains: readSubdomains(sources),
        indicators: readIndicators(sources),
        lookup: readLsoaLookup(sources),
        wardLookup: readWardLookup(sources),
        msoaNames: readMsoaNames(sources),
        lsoa11To21: readLsoa11To21(sources),
        paths: SOURCE_PATHS
      }).sort((a, b) => a.lsoa21cd.localeCompare(b.lsoa21cd)),
    places: () =>
      readWardLookup(sources).map((r) => ({
        lsoa21cd: r.lsoa21cd,
        ward25cd: r.wd25cd,
        ward25nm: r.wd25nm,
        lad25cd: r.lad25cd,
        lad25nm: r.lad25nm
      })),
    areas: () => summariseAreas(model.lsoas),
    // The England-wide files are 33,755 rows each; only their summary is kept.
    england: () =>
      readOnce(sources, "England summary", ENGLAND_SOURCES, () => {
        const domains = readDomains(sources, true);
        return summariseEngland(domains, englandMeasure(readIndicators(sources, true)));
      }),
    ages: () => {
      const population = new Map(model.lsoas.map((l) => [l.lsoa21cd, l.population]));
      return agesOn2021Lsoas(ageVectors(readAgeLsoa11(sources)), readLsoa11To21(sources), population);
    },
    lsoa11To21: () => readLsoa11To21(sources),
    iod2019: () => {
      const {imd} = IOD2019_COLUMN;
      const value = (row: object, column: string) => (row as Record<string, number>)[column];
      const imdOf = (row: object) => ({decile: value(row, `${imd}_decile`), rank: value(row, `${imd}_rank`)});
      return new Map(readIod2019Domains(sources).map((r) => [r.lsoa11_code, imdOf(r)]));
    },
    // Built from about 5 MB of GeoJSON, which is dropped once the topology is made.
    topology: () => readOnce(sources, "topology", GEOGRAPHY_SOURCES, () => geographyTopology(sources)),
    sna: () => readSna(sources),
    districtSummaries: () => readDistrictSummaries(sources),
    policeCrime: () =>
      countPoliceCrime(
        readStreetMonths(sources),
        new Map(model.lsoas.map((l) => [l.lsoa21cd, l.population])),
        model.lsoa11To21
      )
  });
  return model;
}

const models = new WeakMap<Sources, Model>();

/**
 * The joined data model of a checked sources folder: the one place the source files are joined.
 * Each part is built on first read, so a loader pays only for the parts it uses; the tables under
 * it are parsed once per process (inputs/cache.ts), so a second model of the same files parses
 * nothing again.
 */
export function loadModel(sources: Sources): Model {
  let model = models.get(sources);
  if (!model) models.set(sources, (model = buildModel(sources)));
  return model;
}
