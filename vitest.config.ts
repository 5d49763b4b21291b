import {defineConfig} from "vitest/config";

// Each project runs alone with npm run test:<name>; npm test runs all but editors-real, which only
// the full sweep (npm run test:all) runs. Time limits are generous backstops for a hung browser or
// process: no test builds anything or waits on a clock (builds happen before vitest or in a
// project's globalSetup, which has no time limit).
export default defineConfig({
  test: {
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // expect.poll gives up after 1 s by default: too little for a browser on a busy machine.
    expect: {poll: {timeout: 60_000}},
    // Two cores: one worker for tests, one for the browser or build they start.
    maxWorkers: 2,
    projects: [
      {extends: true, test: {name: "unit", include: ["test/lib/**/*.test.ts", "test/scripts/**/*.test.ts"]}},
      {extends: true, test: {name: "components", include: ["test/components/**/*.test.ts"], environment: "jsdom"}},
      {
        extends: true,
        test: {name: "build", include: ["test/build/**/*.test.ts"], globalSetup: ["test/build/setup.ts"]}
      },
      {
        extends: true,
        test: {name: "browser", include: ["test/browser/**/*.test.ts"], exclude: ["test/browser/gates.test.ts"]}
      },
      // Two pages at a time in one Chromium (see gates.test.ts).
      {extends: true, test: {name: "gates", include: ["test/browser/gates.test.ts"], maxConcurrency: 2}},
      {
        extends: true,
        test: {name: "editors-real", include: ["test/build/editors.test.ts"], globalSetup: ["test/build/setup-real.ts"]}
      }
    ]
  }
});
