import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Browser and build tests start Chromium or Framework; unit tests finish in milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two cores: one worker for tests, one for the browser or build they start.
    maxWorkers: 2
  }
});
