// npm run new-story: makes a draft story folder from flags, or from prompts when a flag is
// missing and someone is at the keyboard. Codes and ward names are checked against the real
// lookups, with the nearest match for a typo.
//   npm run new-story -- --name "Heath Town" --borough Wolverhampton --wards "Heath Town"
import {mkdirSync, writeFileSync} from "node:fs";
import {join, relative} from "node:path";
import {createInterface} from "node:readline/promises";
import {parseArgs} from "node:util";
import {storyLookup} from "../src/lib/check/project.js";
import {planStory, scaffoldFiles, ScaffoldError, splitList, type ScaffoldPlan} from "../src/lib/check/scaffold.js";
import {resolveSourcesDir, SourceError, Sources} from "../src/lib/sources/index.js";
import {storySlugs} from "../src/lib/stories/catalogue.js";

const root = join(import.meta.dirname, "..");
const contentDir = join(root, "content");
const usage =
  'usage: npm run new-story -- --name "Place name" --borough Borough ' +
  '(--wards "code or name, …" | --lsoas "E01…, …") [--author "Your name"]';

function exit(message: string): never {
  console.error(message);
  process.exit(1);
}

let flags: Record<string, string | undefined>;
try {
  flags = parseArgs({
    options: {
      name: {type: "string"},
      borough: {type: "string"},
      wards: {type: "string"},
      lsoas: {type: "string"},
      author: {type: "string"}
    }
  }).values;
} catch (error) {
  exit(`${(error as Error).message}\n${usage}`);
}

let lookup;
try {
  lookup = storyLookup(new Sources(resolveSourcesDir(root)));
} catch (error) {
  if (error instanceof SourceError) exit(`The lookups cannot be read: ${error.message}`);
  throw error;
}

const today = new Date().toISOString().slice(0, 10);
const request = () => ({
  name: flags.name ?? "",
  borough: flags.borough ?? "",
  wards: splitList(flags.wards),
  lsoas: splitList(flags.lsoas),
  today,
  author: flags.author
});
const interactive = process.stdin.isTTY && process.stdout.isTTY;
let plan: ScaffoldPlan | undefined;

if (!interactive) {
  const missing = ["name", "borough"].filter((f) => !flags[f]);
  if (!flags.wards && !flags.lsoas) missing.push("wards or --lsoas");
  if (missing.length)
    exit(`Missing ${missing.map((m) => `--${m}`).join(", ")} (there is no terminal to ask).\n${usage}`);
  try {
    plan = planStory(request(), lookup, storySlugs(contentDir));
  } catch (error) {
    if (error instanceof ScaffoldError) exit(`No story was made:\n  ${error.problems.join("\n  ")}`);
    throw error;
  }
} else {
  const rl = createInterface({input: process.stdin, output: process.stdout});
  rl.on("SIGINT", () => exit("\nStopped: no story was made."));
  const ask = async (flag: string, question: string) => {
    if (flags[flag]) return;
    // Ctrl-D (end of input) aborts the question: stop without a stack trace.
    const answer = await rl.question(question).catch(() => exit("\nStopped: no story was made."));
    flags[flag] = answer.trim() || undefined;
  };
  for (;;) {
    await ask("name", "Name of the place (e.g. Heath Town): ");
    await ask("borough", "Borough (Birmingham, Coventry, Dudley, Sandwell, Solihull, Walsall or Wolverhampton): ");
    if (!flags.wards && !flags.lsoas) {
      await ask("wards", "Wards, as codes (E05…) or names, separated by commas (leave empty to give LSOAs): ");
      if (!flags.wards) await ask("lsoas", "LSOA 2021 codes (E01…), separated by commas: ");
    }
    try {
      plan = planStory(request(), lookup, storySlugs(contentDir));
      break;
    } catch (error) {
      if (!(error instanceof ScaffoldError)) throw error;
      console.log(`\n${error.problems.join("\n")}\nPlease answer again.\n`);
      // Ask again only for what was wrong.
      for (const flag of ["name", "borough", "wards", "lsoas"])
        if (error.problems.some((p) => p.startsWith(`--${flag}`))) flags[flag] = undefined;
      if (error.problems.some((p) => p.startsWith("no area"))) flags.wards = flags.lsoas = undefined;
    }
  }
  rl.close();
}

const folder = join(contentDir, "stories", plan.slug);
mkdirSync(folder, {recursive: true});
for (const [name, text] of Object.entries(scaffoldFiles(plan))) writeFileSync(join(folder, name), text);
const areas = [...plan.wards.map((w) => `${w.name} ${w.code}`), ...plan.lsoas].join(", ");
console.log(`Made the draft story ${relative(root, folder)}/ for ${plan.name} (${areas}).

Next:
  1. npm run dev, then open http://127.0.0.1:3000/stories/${plan.slug} (it is marked as a draft)
  2. Replace every TODO in story.yaml, steps.md and activities.yaml; add voices and charts if you have them.
     Delete a section you have nothing honest to say in (all but where, who lives here and sources);
     without the voices or activities section, delete voices.yaml or activities.yaml too
  3. npm run check lists anything left to fix; set status: published when the story is ready
See docs/editors.md.`);
