import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {hostname, tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, it} from "vitest";
import {acquireBuildLock, BUILD_LOCK, BuildLockedError} from "../../../src/lib/publish/lock.js";

// Each "build" is a pretend process id; which of them are running is up to each test.
describe("the build lock", () => {
  let root: string;
  const running = new Set<number>();
  const as = (pid: number) => ({
    pid,
    isRunning: (p: number) => running.has(p),
    now: () => new Date(Date.UTC(2026, 0, 1))
  });
  const lockFile = () => join(root, BUILD_LOCK);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "wm-lock-"));
    running.clear();
  });
  afterEach(() => rmSync(root, {recursive: true, force: true}));

  it("records the build that holds it, and is gone once released", () => {
    const lock = acquireBuildLock(root, as(101));
    expect(JSON.parse(readFileSync(lockFile(), "utf8"))).toEqual({
      pid: 101,
      host: hostname(),
      started: "2026-01-01T00:00:00.000Z"
    });
    lock.release();
    expect(existsSync(lockFile())).toBe(false);
    expect(readdirSync(join(root, ".build"))).toEqual([]);
  });

  it("refuses a second build while the first runs, saying which and what to do, and leaves its lock alone", () => {
    running.add(101);
    const first = acquireBuildLock(root, as(101));
    const refused = (() => {
      try {
        acquireBuildLock(root, as(202));
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(BuildLockedError);
    expect((refused as Error).message).toBe(
      `another build (process 101 on ${hostname()}, started 2026-01-01T00:00:00.000Z) is running in this checkout; ` +
        "two builds at once would corrupt Framework's cache. Wait for it to finish and build again. " +
        "If no build is running, delete .build/build.lock."
    );
    expect(JSON.parse(readFileSync(lockFile(), "utf8")).pid).toBe(101);
    first.release();
    expect(acquireBuildLock(root, as(202)).holder.pid).toBe(202);
  });

  it("takes over the lock of a build whose process has ended", () => {
    acquireBuildLock(root, as(101)); // never released: the build was killed
    const second = acquireBuildLock(root, as(202));
    expect(second.tookOverFrom?.pid).toBe(101);
    expect(JSON.parse(readFileSync(lockFile(), "utf8")).pid).toBe(202);
    expect(readdirSync(join(root, ".build"))).toEqual(["build.lock"]);
  });

  it("takes over a lock file it cannot read, and respects one from another machine", () => {
    mkdirSync(join(root, ".build"));
    writeFileSync(lockFile(), "not json");
    acquireBuildLock(root, as(101)).release();
    writeFileSync(lockFile(), JSON.stringify({pid: 7, host: "another-machine", started: "2026-01-01T00:00:00Z"}));
    expect(() => acquireBuildLock(root, as(101))).toThrow(/^another build \(process 7 on another-machine/);
  });

  it("releases only its own lock", () => {
    const first = acquireBuildLock(root, as(101));
    acquireBuildLock(root, as(202)); // 101 counts as ended, so 202 takes over
    first.release();
    expect(JSON.parse(readFileSync(lockFile(), "utf8")).pid).toBe(202);
  });

  it("asks the operating system by default: this test's own process is running", () => {
    acquireBuildLock(root, {pid: process.pid});
    expect(() => acquireBuildLock(root, {pid: process.pid + 1})).toThrow(BuildLockedError);
  });
});
