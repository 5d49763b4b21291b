// The npm registry reachable here lacks some platform-specific optional packages (e.g. rollup's
// macOS and Windows builds), so `npm install` leaves them out of package-lock.json and `npm ci`
// then refuses the lock. This adds each missing optional entry with the os/cpu/libc its name
// declares: npm skips it on other platforms and fetches it normally where it applies.
// Run after any `npm install`: npm run fix-lockfile
import {readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";

const OS = ["android", "darwin", "freebsd", "linux", "openbsd", "openharmony", "win32", "sunos", "aix", "netbsd"];
const CPU = ["arm", "arm64", "ia32", "x64", "loong64", "ppc64", "riscv64", "s390x", "mips64el", "wasm32"];

interface LockEntry {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

/** os, cpu and libc from a platform package name such as "@rollup/rollup-linux-x64-musl". */
export function platformOf(name: string): {os: string; cpu: string; libc?: string} | null {
  const parts = name.split("/").pop()!.split("-");
  const osIndex = parts.findIndex((p) => OS.includes(p));
  if (osIndex < 0 || !CPU.includes(parts[osIndex + 1])) return null;
  const abi = parts[osIndex + 2];
  const libc =
    parts[osIndex] === "linux"
      ? abi?.startsWith("musl")
        ? "musl"
        : abi?.startsWith("gnu")
          ? "glibc"
          : undefined
      : undefined;
  return {os: parts[osIndex], cpu: parts[osIndex + 1], ...(libc ? {libc} : {})};
}

export function addMissingOptionals(lock: {packages: Record<string, LockEntry>}): string[] {
  const added: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const parent = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
      if (lock.packages[`node_modules/${name}`] || lock.packages[parent]) continue;
      const platform = platformOf(name);
      if (!platform)
        throw new Error(
          `${name}@${version} (optional dependency of ${path || "the project"}) is missing from package-lock.json ` +
            "and is not a platform package; install it or remove it"
        );
      lock.packages[`node_modules/${name}`] = {
        version,
        optional: true,
        os: [platform.os],
        cpu: [platform.cpu],
        ...(platform.libc ? {libc: [platform.libc]} : {})
      };
      added.push(`${name}@${version}`);
    }
  }
  lock.packages = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b)))
  );
  return added;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = join(import.meta.dirname, "..", "package-lock.json");
  const lock = JSON.parse(readFileSync(path, "utf8"));
  const added = addMissingOptionals(lock);
  writeFileSync(path, JSON.stringify(lock, null, 2) + "\n");
  console.log(
    added.length
      ? `added ${added.length} platform entries: ${added.join(", ")}`
      : "package-lock.json already lists every optional platform package"
  );
}
