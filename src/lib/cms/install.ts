// The CMS's packages (Decap CMS and decap-server, about 700 packages and 400 MB) live in cms/, with
// their own pinned lockfile, so that readers, publishers and the test command never install them.
// They are installed on first use: by npm run edit, by a build that turns the CMS on, and by the
// CMS's test; npm run cms:install does it by hand.
import {spawnSync} from "node:child_process";
import {existsSync, readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {join} from "node:path";

const ROOT = join(import.meta.dirname, "..", "..", "..");
/** The CMS's package folder: its package.json pins the versions, package-lock.json the whole tree. */
export const CMS_PACKAGES = join(ROOT, "cms");

const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8")) as {version?: string};

/** Whether cms/node_modules holds every package cms/package.json pins, at the pinned version. */
export function cmsInstalled(folder = CMS_PACKAGES): boolean {
  const pinned = (readJson(join(folder, "package.json")) as {dependencies: Record<string, string>}).dependencies;
  return Object.entries(pinned).every(([name, version]) => {
    const installed = join(folder, "node_modules", name, "package.json");
    return existsSync(installed) && readJson(installed).version === version;
  });
}

/**
 * Installs the CMS's packages from their lockfile unless they are there already, saying so first
 * (it takes a minute or two). Throws with what to do when npm fails.
 */
export function ensureCmsInstalled(log: (message: string) => void = console.log, folder = CMS_PACKAGES): void {
  if (cmsInstalled(folder)) return;
  log("Installing the CMS (Decap CMS and its local backend) into cms/node_modules: first use only, a minute or two…");
  const npm = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], {cwd: folder, stdio: "inherit"});
  if (npm.status !== 0 || !cmsInstalled(folder))
    throw new Error(
      `npm ci in ${folder} failed (exit ${npm.status ?? npm.signal}): the CMS is not installed. ` +
        "Check the network to the npm registry, then run npm run cms:install."
    );
}

/** The path of a file in one of the CMS's packages; throws with the fix when the CMS is not installed. */
export function cmsPackageFile(specifier: string, folder = CMS_PACKAGES): string {
  if (!cmsInstalled(folder))
    throw new Error("The CMS is not installed on this computer: run npm run edit (it installs it the first time).");
  return createRequire(join(folder, "package.json")).resolve(specifier);
}
