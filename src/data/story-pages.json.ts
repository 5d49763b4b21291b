// Stories that have a page in this build, with their areas, and whether the /stories index exists.
import {PROJECT_ROOT, runLoader} from "../lib/loader/run.js";
import {storyPages} from "../lib/wards/dataset.js";

await runLoader("story-pages.json", (sources) => JSON.stringify(storyPages(sources, PROJECT_ROOT)));
