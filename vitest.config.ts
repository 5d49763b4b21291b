import {defineConfig} from "vitest/config";
import LongestProjectsFirst from "./test/sequencer.js";

// Each project runs alone with npm run test:<name>; npm test runs all but editors-real, which only
// the full sweep (npm run test:all) runs. Time limits are generous backstops for a hung browser or
// process: no test builds anything or waits on a clock (builds happen before vitest or in a
// hook without a time limit).
// Unit and component tests: ~110 short files of pure functions. Isolated, each file started a
// process and imported Plot, linkedom and the model again, which cost more than its tests. They run
// one after another in one worker thread that keeps its modules (nothing in them mocks modules or keeps
// state between files), beside the processes of the browser, gates and build tests.
const oneThreadSharingModules = {
  pool: "threads",
  poolOptions: {threads: {singleThread: true}},
  isolate: false
} as const;

export default defineConfig({
  test: {
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // expect.poll gives up after 1 s by default: too little for a browser on a busy machine.
    expect: {poll: {timeout: 60_000}},
    // Three workers on two cores: browser tests spend much of their time waiting on Chromium (page
    // loads, network idle, animation frames), so a third keeps the cores busy.
    maxWorkers: 3,
    sequence: {sequencer: LongestProjectsFirst},
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/lib/**/*.test.ts", "test/scripts/**/*.test.ts"],
          ...oneThreadSharingModules
        }
      },
      {
        extends: true,
        test: {
          name: "components",
          include: ["test/components/**/*.test.ts"],
          environment: "jsdom",
          ...oneThreadSharingModules
        }
      },
      // One file: the editors' workflow on fixture sources, built in its beforeAll while the others run.
      {extends: true, test: {name: "build", include: ["test/build/fixture.test.ts"]}},
      // Each file starts its own Chromium and site; a worker keeps the modules (playwright, the
      // publishing code) it imported for the next file instead of importing them again.
      {
        extends: true,
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          exclude: ["test/browser/gates-*.test.ts"],
          isolate: false
        }
      },
      // Two files, each half the pages, two at a time in a Chromium of its own (see gates.ts).
      {extends: true, test: {name: "gates", include: ["test/browser/gates-*.test.ts"], maxConcurrency: 2}},
      // The CMS in Chromium through its local backend, and one fixture build (test/cms/cms.test.ts).
      {extends: true, test: {name: "cms", include: ["test/cms/**/*.test.ts"], globalSetup: ["test/cms/setup.ts"]}},
      {
        extends: true,
        test: {
          name: "editors-real",
          include: ["test/build/editors-real.test.ts"],
          globalSetup: ["test/build/setup-real.ts"]
        }
      }
    ]
  }
});
