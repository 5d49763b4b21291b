// The npm registry reachable here lacks some platform-specific optional packages (e.g. rollup's
// macOS and Windows builds), so `npm install` leaves them out of package-lock.json and `npm ci`
// then refuses the lock. This adds each missing optional entry with the os/cpu/libc its name
// declares: npm skips it on other platforms and fetches it normally where it applies. Every entry
// npm downloads then gets the registry's integrity hash (`npm view`), so that npm ci checks what it
// installs on every platform. (The lock names no registry address: npm uses the configured one.)
// Run after any `npm install` (here or in cms/): npm run fix-lockfile
import {execFileSync} from "node:child_process";
import {readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";

const OS = ["android", "darwin", "freebsd", "linux", "openbsd", "openharmony", "win32", "sunos", "aix", "netbsd"];
const CPU = ["arm", "arm64", "ia32", "x64", "loong64", "ppc64", "riscv64", "s390x", "mips64el", "wasm32"];

interface LockEntry {
  name?: string;
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  inBundle?: boolean;
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

/**
 * Lock entries that npm downloads but that have no integrity hash, as `name@version` by lock path.
 * Links are the project's own folders, and a bundled package comes inside its parent's tarball,
 * which has the hash.
 */
export function entriesWithoutIntegrity(lock: {packages: Record<string, LockEntry>}): Map<string, string> {
  const missing = new Map<string, string>();
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path || entry.link || entry.inBundle || entry.integrity) continue;
    const name = entry.name ?? path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
    missing.set(path, `${name}@${entry.version}`);
  }
  return missing;
}

/** Gives each entry without an integrity hash the registry's (`lookUp`), after its version as npm writes it. */
export function addIntegrity(lock: {packages: Record<string, LockEntry>}, lookUp: (spec: string) => string): string[] {
  const missing = entriesWithoutIntegrity(lock);
  for (const [path, spec] of missing) {
    const {version, ...rest} = lock.packages[path];
    lock.packages[path] = {version, integrity: lookUp(spec), ...rest};
  }
  return [...missing.values()];
}

/** The registry's integrity hash of `name@version`, from npm's own client. */
function npmIntegrity(spec: string): string {
  const integrity = execFileSync("npm", ["view", spec, "dist.integrity"], {encoding: "utf8"}).trim();
  if (!integrity.startsWith("sha512-"))
    throw new Error(`npm view ${spec} dist.integrity gave "${integrity}", not a hash`);
  return integrity;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // The project's lock, and the CMS's own (cms/: installed on first use, see src/lib/cms/install.ts).
  for (const folder of ["", "cms"]) {
    const name = join(folder, "package-lock.json");
    const path = join(import.meta.dirname, "..", name);
    const lock = JSON.parse(readFileSync(path, "utf8"));
    const added = addMissingOptionals(lock);
    const hashed = addIntegrity(lock, npmIntegrity);
    writeFileSync(path, JSON.stringify(lock, null, 2) + "\n");
    console.log(
      added.length
        ? `${name}: added ${added.length} platform entries: ${added.join(", ")}`
        : `${name} already lists every optional platform package`
    );
    console.log(
      hashed.length
        ? `${name}: added the registry's integrity hash to ${hashed.length} entries: ${hashed.join(", ")}`
        : `${name}: every entry npm downloads has an integrity hash`
    );
  }
}
