// Each story's slug, title, status and the LSOAs, wards and districts its area covers.
import {join} from "node:path";
import {readWardLookup} from "../lib/inputs/lookups.js";
import {PROJECT_ROOT, runLoader} from "../lib/loader/run.js";
import {readStories} from "../lib/stories/catalogue.js";

await runLoader("story-areas.json", (sources) => {
  const lookup = readWardLookup(sources).map((r) => ({lsoa21cd: r.lsoa21cd, ward25cd: r.wd25cd, ward25nm: r.wd25nm, lad25cd: r.lad25cd, lad25nm: r.lad25nm}));
  const stories = readStories(join(PROJECT_ROOT, "content"), lookup, PROJECT_ROOT);
  return JSON.stringify(stories.map(({slug, title, subtitle, borough, status, last_reviewed, area}) => ({slug, title, subtitle, borough, status, last_reviewed, area})));
});
