import {linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {hostname} from "node:os";
import {dirname, join, relative} from "node:path";

/** The build lock of a checkout, relative to its root: `.build/` is the build's own folder. */
export const BUILD_LOCK = join(".build", "build.lock");

/** The build that holds the lock, as the lock file records it. */
export interface LockHolder {
  pid: number;
  host: string;
  /** When it started, ISO 8601. */
  started: string;
}

export interface LockOptions {
  /** This process (tests pretend to be other builds). */
  pid?: number;
  /** Whether a process of this host is running; the default asks the operating system. */
  isRunning?: (pid: number) => boolean;
  now?: () => Date;
}

export interface BuildLock {
  holder: LockHolder;
  /** The build whose lock was left behind (its process had ended) and taken over, if any. */
  tookOverFrom?: LockHolder;
  /** Removes the lock, if it is still this build's. */
  release(): void;
}

/** Another build holds the lock: its message says which, and what to do. */
export class BuildLockedError extends Error {
  constructor(
    readonly holder: LockHolder | undefined,
    lockFile: string
  ) {
    const who = holder ? `(process ${holder.pid} on ${holder.host}, started ${holder.started}) ` : "";
    super(
      `another build ${who}is running in this checkout; two builds at once would corrupt Framework's cache. ` +
        `Wait for it to finish and build again. If no build is running, delete ${lockFile}.`
    );
    this.name = "BuildLockedError";
  }
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only checks that the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // it exists, but belongs to another user
  }
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(path, "utf8")) as LockHolder;
    return Number.isInteger(holder?.pid) && typeof holder.host === "string" ? holder : undefined;
  } catch {
    return undefined;
  }
}

const sameHolder = (a: LockHolder | undefined, b: LockHolder | undefined) =>
  a?.pid === b?.pid && a?.host === b?.host && a?.started === b?.started;

/**
 * Moves a stale lock aside, unless another build has replaced it since it was read: renaming is
 * atomic, so of two builds that find the same stale lock only one removes it.
 */
function removeStale(lock: string, stale: LockHolder | undefined, pid: number): void {
  const aside = `${lock}.stale-${pid}`;
  try {
    renameSync(lock, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const moved = readHolder(aside);
  if (!sameHolder(moved, stale)) {
    try {
      linkSync(aside, lock); // a live build's lock: put it back
    } catch {
      // a third build has taken the lock meanwhile; it is the holder now
    }
  }
  rmSync(aside, {force: true});
}

/**
 * Takes the build lock of the checkout at `root`, or throws BuildLockedError naming the build that
 * holds it. The lock file is written whole and then linked into place, so it is never seen half
 * written. A lock whose process has ended (a build killed or crashed) is stale and taken over.
 */
export function acquireBuildLock(root: string, options: LockOptions = {}): BuildLock {
  const pid = options.pid ?? process.pid;
  const isRunning = options.isRunning ?? processIsRunning;
  const lock = join(root, BUILD_LOCK);
  const holder: LockHolder = {pid, host: hostname(), started: (options.now?.() ?? new Date()).toISOString()};
  const mine = `${lock}.${pid}`;
  mkdirSync(dirname(lock), {recursive: true});
  writeFileSync(mine, JSON.stringify(holder) + "\n");
  let tookOverFrom: LockHolder | undefined;
  try {
    // Twice at most: once as it is, once more after moving a stale lock aside.
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(mine, lock);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const current = readHolder(lock);
      // A lock from another machine (a shared folder) cannot be checked, so it is respected.
      const stale = !current || (current.host === holder.host && !isRunning(current.pid));
      if (!stale || attempt > 0) throw new BuildLockedError(current, relative(root, lock));
      removeStale(lock, current, pid);
      tookOverFrom = current;
    }
  } finally {
    rmSync(mine, {force: true});
  }
  return {
    holder,
    tookOverFrom,
    release() {
      if (sameHolder(readHolder(lock), holder)) rmSync(lock, {force: true});
    }
  };
}

/**
 * For scripts/build.ts: takes the lock for the rest of the process and releases it when the process
 * exits. `refused`: the message to stop with, as another build holds the lock. `notice`: a stale
 * lock was taken over.
 */
export function holdBuildLock(root: string): {refused?: string; notice?: string} {
  try {
    const lock = acquireBuildLock(root);
    process.on("exit", () => lock.release());
    const stale = lock.tookOverFrom;
    return stale
      ? {notice: `took over the lock of build ${stale.pid} (started ${stale.started}), which had ended`}
      : {};
  } catch (error) {
    if (error instanceof BuildLockedError) return {refused: error.message};
    throw error;
  }
}
