import {findWard, lookupWards, normalName, type LsoaGeography} from "../content/area.js";
import {STEP_STATES} from "../content/steps.js";
import {BOROUGHS} from "../content/story.js";
import {closest, oneOf} from "../util/suggest.js";
import {slugify} from "../wards/slug.js";
import {schemaComment} from "./jsonSchemas.js";
import {PLACEHOLDER} from "./run.js";

/** Story folder names use the same slugs as ward pages: "King's Norton South" → "kings-norton-south". */
export {slugify};

/** What an editor gives npm run new-story. */
export interface ScaffoldRequest {
  name: string;
  borough: string;
  /** Ward codes (E05…) or ward names, as typed. */
  wards: string[];
  /** LSOA 2021 codes, as typed. */
  lsoas: string[];
  today: string;
  author?: string;
}

/** The request with names resolved to codes, ready to write. */
export interface ScaffoldPlan {
  slug: string;
  name: string;
  borough: string;
  wards: {code: string; name: string}[];
  lsoas: string[];
  today: string;
  author?: string;
}

/** Every problem with a request, each `problem — fix`, so an editor can correct them all at once. */
export class ScaffoldError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "ScaffoldError";
  }
}

/** Splits "a, b" lists given on the command line or at a prompt. */
export function splitList(text: string | undefined): string[] {
  return (text ?? "")
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Checks a request against the lookup: the borough, each ward (code or name) and LSOA code, all
 * in that borough, and a slug not already taken. Typos get the nearest real value.
 */
export function planStory(
  request: ScaffoldRequest,
  lookup: readonly LsoaGeography[],
  existingSlugs: readonly string[]
): ScaffoldPlan {
  const problems: string[] = [];
  const name = request.name.trim();
  const slug = slugify(name);
  if (!slug)
    problems.push(
      `--name: "${request.name}" has no letters or digits — give the place's name, e.g. --name "Heath Town"`
    );
  else if (existingSlugs.includes(slug))
    problems.push(
      `--name: content/stories/${slug} already exists — edit that story, or give this one a different name`
    );
  const borough = BOROUGHS.find((b) => normalName(b) === normalName(request.borough));
  if (!borough) {
    const fix = oneOf(request.borough, BOROUGHS);
    problems.push(`--borough: "${request.borough}" is not one of the seven boroughs — ${fix}`);
  }
  const wardNames = new Map(lookup.map((r) => [r.ward25cd, r.ward25nm]));
  const boroughOf = new Map(
    lookup.flatMap(
      (r) =>
        [
          [r.ward25cd, r.lad25nm],
          [r.lsoa21cd, r.lad25nm]
        ] as [string, string][]
    )
  );
  const inBorough = (code: string, what: string) => {
    const where = boroughOf.get(code);
    if (borough && where !== borough)
      problems.push(`${what} is in ${where}, not ${borough} — check --borough, or choose places in ${borough}`);
  };
  const wardList = lookupWards(lookup);
  const candidates = [...wardNames].filter(([code]) => !borough || boroughOf.get(code) === borough);
  const wards: {code: string; name: string}[] = [];
  for (const value of request.wards) {
    const ward = findWard(value, wardList, borough);
    if (ward?.exact) {
      inBorough(ward.code, `--wards: ${ward.code} (${wardNames.get(ward.code)})`);
      wards.push({code: ward.code, name: wardNames.get(ward.code)!});
      continue;
    }
    const names = [...new Set(candidates.map(([, n]) => n))].sort().join(", ");
    const fix = ward
      ? `did you mean ${wardNames.get(ward.code)} (${ward.code})?`
      : borough
        ? `give a ward code (E05…) or one of the wards of ${borough}: ${names}`
        : "give a ward code (E05…) or the ward's name as the ONS lookup writes it";
    problems.push(`--wards: "${value}" is not a ward (May 2025)${borough ? ` in ${borough}` : ""} — ${fix}`);
  }
  const lsoaCodes = lookup.filter((r) => !borough || r.lad25nm === borough).map((r) => r.lsoa21cd);
  const lsoas: string[] = [];
  for (const value of request.lsoas) {
    const code = value.toUpperCase();
    if (boroughOf.has(code) && code.startsWith("E01")) {
      inBorough(code, `--lsoas: ${code}`);
      lsoas.push(code);
      continue;
    }
    const near = closest(code, lsoaCodes);
    const fix = near ? `did you mean ${near}?` : "give LSOA 2021 codes (E01…) from the lookups";
    problems.push(`--lsoas: "${value}" is not an LSOA (2021)${borough ? ` in ${borough}` : ""} — ${fix}`);
  }
  if (!request.wards.length && !request.lsoas.length)
    problems.push("no area given — add --wards (codes or names) or --lsoas (LSOA 2021 codes)");
  if (problems.length) throw new ScaffoldError(problems);
  return {
    slug,
    name,
    borough: borough!,
    wards,
    lsoas,
    today: request.today,
    author: request.author?.trim() || undefined
  };
}

const yamlText = (s: string) => JSON.stringify(s);

/** Default headings, as the four pilot stories write them; the editor may change any of them. */
export function heading(state: string, plan: Pick<ScaffoldPlan, "name" | "borough">): string {
  const headings: Record<string, string> = {
    region: `Where ${plan.name} is`,
    area: "A closer look",
    change: "Change since 2019",
    domains: "What kind of deprivation",
    borough: `${plan.borough} in the needs assessments`,
    voices: "What residents say"
  };
  return headings[state] ?? STEP_STATES.find((s) => s.state === state)!.section;
}

/**
 * The new story's files (name → text): a draft whose TODOs say what to write. Each YAML file starts
 * by naming its JSON Schema, so text editors with YAML support complete and check it as it is typed.
 */
export function scaffoldFiles(plan: ScaffoldPlan): Record<string, string> {
  const T = PLACEHOLDER;
  const folder = `content/stories/${plan.slug}`;
  const area = [
    ...(plan.wards.length ? ["  wards:", ...plan.wards.map((w) => `    - ${w.code} # ${w.name}`)] : []),
    ...(plan.lsoas.length ? ["  lsoas:", ...plan.lsoas.map((c) => `    - ${c}`)] : [])
  ];
  const story = [
    schemaComment("story", folder),
    `# Made by npm run new-story on ${plan.today}. Drafts show only in npm run dev; replace every ${T},` +
      " then set status: published.",
    `title: ${yamlText(plan.name)}`,
    `subtitle: ${yamlText(`${T}: one line under the title`)}`,
    `borough: ${plan.borough}`,
    "status: draft",
    `last_reviewed: ${plan.today}`,
    "authors:",
    `  - ${yamlText(plan.author ?? `${T}: your name or team`)}`,
    "area:",
    ...area,
    `  explanation: ${yamlText(`${T}: say in one or two sentences why this geography stands for ${plan.name}`)}`,
    "sources:",
    `  - ${yamlText(`${T}: each document the narrative relies on (title, year, section)`)}`,
    ""
  ].join("\n");
  const steps = STEP_STATES.map(
    ({state, label}) =>
      `## ${heading(state, plan)}\nshows: ${state}\n\n` +
      `${T}: write a few sentences for the figure beside this section (${label}).\n`
  ).join("\n");
  const voices = [
    schemaComment("voices", folder),
    "# Residents' words, published only with recorded consent (docs/editors.md, section Voices). A story" +
      " without voices: delete this file and the section of steps.md with shows: voices.",
    "voices: []",
    ""
  ].join("\n");
  const activities = [
    schemaComment("activities", folder),
    "# What the VRU and its partners do here, each with its source (docs/editors.md). Nothing to tell:" +
      " delete this file and the section of steps.md with shows: activities.",
    `note: ${yamlText(`${T}: say what is known about the work in this place, or that little is known`)}`,
    "activities: []",
    ""
  ].join("\n");
  return {"story.yaml": story, "steps.md": steps, "voices.yaml": voices, "activities.yaml": activities};
}
