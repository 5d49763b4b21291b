// places.yaml: named places drawn on a story's maps (estates, parks, schools, community centres),
// each given as a point or as a set of the area's LSOAs, with where its location is known from.
import {z} from "zod";
import {closest} from "../util/suggest.js";
import {list, text} from "./fields.js";
import {Problems} from "./problems.js";
import {checkYaml, flag, said, type Mistake, type Wordings} from "./schema.js";
import {YamlFile} from "./yamlFile.js";

export const PLACE_KINDS = ["estate", "park", "school", "community centre", "other"] as const;

const pointSchema = z
  .strictObject({
    lat: z.number().min(-90).max(90).describe("Latitude in degrees north (WGS84), e.g. 52.3947"),
    lon: z.number().min(-180).max(180).describe("Longitude in degrees east (WGS84); west is negative, e.g. -1.9271")
  })
  .describe("Where the place is: one point in WGS84 degrees");

const placeSchema = z
  .strictObject({
    name: text.describe("The name residents know the place by, as the map labels it"),
    kind: z
      .enum(PLACE_KINDS)
      .nullish()
      .transform((kind) => kind ?? "other")
      .describe(`Optional: ${PLACE_KINDS.join(", ")}`),
    point: pointSchema.nullish().transform((point) => point ?? null),
    lsoas: list(z.string().trim().regex(/^E01\d{6}$/)).describe(
      "Or: the LSOA (2021) codes the place covers, all in the story's area"
    ),
    source: text.describe("Where the location is known from: publisher, title, year, section or page"),
    link: z
      .string()
      .regex(/^https:\/\/[^\s]+$/)
      .nullish()
      .transform((link) => link ?? null)
      .describe("Optional: a full https:// address of the source")
  })
  .superRefine((place, ctx) => {
    const given = Number(place.point !== null) + Number(place.lsoas.length > 0);
    if (given !== 1) flag(ctx, given ? "both" : "nowhere");
  })
  .describe("A named place on the story's maps");

export const placesSchema = z
  .strictObject({
    places: list(placeSchema).describe('The named places, each with its source; "places: []" when there are none')
  })
  .describe("Named places on a story's maps: content/stories/<slug>/places.yaml (optional; see docs/editors.md)");

/** A named place on a story's maps: a point, or the LSOAs it covers. */
export type Place = z.output<typeof placeSchema>;

const place = ({item}: Mistake) => `place ${item}`;
const GIVE_WHERE = 'give either point: {lat: 52.39, lon: -1.93} or lsoas: [E01…], with the codes of the place';
const link = (m: Mistake) =>
  said(`${place(m)}: link "${String(m.value)}" is not a web address`, "use a full https:// address or leave it out");
const coordinate = (m: Mistake) =>
  said(
    `${place(m)}: ${m.field} must be a number of degrees`,
    "write decimal degrees such as lat: 52.3947 and lon: -1.9271 (west of Greenwich is negative)"
  );

const PLACES_WORDINGS: Wordings = {
  "": {
    invalid: () => said("places.yaml must have a places: list", 'start the file with "places:"'),
    unknown: ({field}) => said(`unknown field "${field}"`, 'the file holds one field, "places:"')
  },
  places: {invalid: () => said("places must be a list", 'write each place as an item starting with "- name:"')},
  "places.*": {
    invalid: (m) => said(`${place(m)} is not a set of fields`, "give it name:, source: and a point: or lsoas:"),
    unknown: (m) =>
      said(`unknown field "${m.field}" in ${place(m)}`, `use: ${Object.keys(placeSchema.shape).join(", ")}`),
    nowhere: (m) => said(`${place(m)} has neither a point nor LSOAs`, GIVE_WHERE),
    both: (m) => said(`${place(m)} has both a point and LSOAs`, "keep one of them: the one its source gives")
  },
  "places.*.*": {
    missing: (m) => said(`${place(m)} has no ${m.field}`, `add "${m.field}:"`),
    invalid: (m) =>
      said(`${place(m)}: ${m.field} must be text`, "write it on the same line, in quotes if it has a colon")
  },
  "places.*.source": {
    missing: (m) =>
      said(
        `${place(m)} has no source`,
        "say where its location is known from (publisher, document, year, page); never add a place from memory"
      )
  },
  "places.*.kind": {
    invalid: (m) =>
      said(`${place(m)}: kind "${String(m.value)}" is not one of the kinds`, `use one of: ${PLACE_KINDS.join(", ")}`)
  },
  "places.*.point": {
    invalid: (m) => said(`${place(m)}: point must have lat: and lon:`, "write point: {lat: 52.3947, lon: -1.9271}"),
    unknown: (m) => said(`unknown field "${m.field}" in the point of ${place(m)}`, "a point has lat: and lon: only")
  },
  "places.*.point.lat": {invalid: coordinate},
  "places.*.point.lon": {invalid: coordinate},
  "places.*.lsoas": {
    invalid: (m) => said(`${place(m)}: lsoas must be a list of LSOA codes`, "write lsoas: [E01009123, E01009124]")
  },
  "places.*.lsoas.*": {
    invalid: (m) =>
      said(`${place(m)}: "${String(m.value)}" is not an LSOA code`, "LSOA (2021) codes are E01 and six digits")
  },
  // An empty link is a wrong link, not a missing one: the link is optional.
  "places.*.link": {missing: link, invalid: link}
};

/** Reads places.yaml (its format only: where the places lie is checked by checkPlaceLocations). */
export function parsePlaces(file: string, text: string): Place[] {
  const yaml = new YamlFile(file, text);
  const problems = new Problems();
  const checked = checkYaml(yaml, yaml.value() ?? {}, placesSchema, PLACES_WORDINGS, problems);
  problems.throwIfErrors();
  return checked!.places;
}

/** A box in degrees: west, south, east, north. */
export type Box = readonly [number, number, number, number];

/** What a place's location is checked against. */
export interface PlaceGeography {
  /** Every LSOA of the seven boroughs with its bounding box. */
  lsoaBoxes: ReadonlyMap<string, Box>;
  /** The story area's LSOAs. */
  area: readonly string[];
  /** The LSOAs the story's maps show: the area's and those of its wards (their box is the map's view). */
  shown: readonly string[];
}

/** The smallest box holding these boxes. */
export function unionBox(boxes: readonly Box[]): Box {
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3]))
  ];
}

const inBox = ([west, south, east, north]: Box, lon: number, lat: number) =>
  lon >= west && lon <= east && lat >= south && lat <= north;
const degrees = (v: number) => v.toFixed(3);
const spanOf = ([west, south, east, north]: Box) =>
  `latitude ${degrees(south)} to ${degrees(north)}, longitude ${degrees(west)} to ${degrees(east)}`;

/**
 * Checks that every point lies on the story's maps (and in the seven boroughs) and that every LSOA
 * is a real LSOA of the story's area, reporting each problem at its line in places.yaml.
 */
export function checkPlaceLocations(
  file: string,
  text: string,
  places: readonly Place[],
  geography: PlaceGeography,
  problems: Problems
): void {
  const yaml = new YamlFile(file, text);
  const region = unionBox([...geography.lsoaBoxes.values()]);
  const boxes = geography.shown.map((code) => geography.lsoaBoxes.get(code)).filter((b) => b !== undefined);
  const view = boxes.length ? unionBox(boxes) : region;
  const area = new Set(geography.area);
  places.forEach((p, i) => {
    const at = (...path: (string | number)[]) => ["places", i, ...path];
    const name = `place ${i + 1} ("${p.name}")`;
    if (p.point) {
      const {lat, lon} = p.point;
      if (!inBox(region, lon, lat)) {
        const swapped = inBox(region, lat, lon) ? "; lat and lon look swapped" : "";
        const west = lon > 0 && inBox(region, -lon, lat) ? "; west of Greenwich, the longitude is negative" : "";
        problems.error(
          yaml.error(
            at("point"),
            `${name} is outside the seven boroughs (${spanOf(region)})${swapped}${west}`,
            "copy the point's latitude and longitude again from its source (WGS84 decimal degrees)"
          )
        );
      } else if (!inBox(view, lon, lat)) {
        problems.error(
          yaml.error(
            at("point"),
            `${name} is outside the story's maps, which show ${spanOf(view)}`,
            "check the point against its source; a place beyond the area's wards cannot be shown on its maps"
          )
        );
      }
    }
    p.lsoas.forEach((code, j) => {
      if (area.has(code)) return;
      const areaCodes = `the area's LSOAs are ${geography.area.join(", ")}`;
      if (geography.lsoaBoxes.has(code)) {
        problems.error(
          yaml.error(
            at("lsoas", j),
            `${name}: ${code} is an LSOA but not in the story's area`,
            `list only LSOAs the maps show (${areaCodes}), or give the place as a point`
          )
        );
        return;
      }
      const near = closest(code, geography.area);
      problems.error(
        yaml.error(
          at("lsoas", j),
          `${name}: "${code}" is not an LSOA (2021) in the seven boroughs`,
          near ? `did you mean ${near}?` : areaCodes
        )
      );
    });
  });
}
