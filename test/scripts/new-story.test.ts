// npm run new-story without a terminal (CI, a pipe): flags only, and every problem in one message.
import {spawnSync} from "node:child_process";
import {existsSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";

const root = join(import.meta.dirname, "..", "..");
const run = (...args: string[]) =>
  spawnSync(join(root, "node_modules", ".bin", "tsx"), ["scripts/new-story.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    input: ""
  });

describe.skipIf(!existsSync(join(root, "..", "shared", "data", "sources")))("new-story without a terminal", () => {
  it("refuses missing flags instead of prompting", () => {
    const result = run("--name", "Nowhere");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Missing --borough, --wards or --lsoas (there is no terminal to ask).");
  });

  it("lists every wrong value with the nearest real one, and makes nothing", () => {
    const result = run("--name", "Editors CLI Test", "--borough", "Wolverhamptn", "--wards", "Heath Twon");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      '--borough: "Wolverhamptn" is not one of the seven boroughs — did you mean Wolverhampton?'
    );
    expect(result.stderr).toContain(
      '--wards: "Heath Twon" is not a ward (May 2025) — did you mean Heath Town (E05014848)?'
    );
    expect(existsSync(join(root, "content", "stories", "editors-cli-test"))).toBe(false);
  });
});
