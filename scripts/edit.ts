// npm run edit: the CMS on this computer, with no account. Starts decap-server, the CMS's local
// backend, which reads and writes the files under content/ on disk (nothing is committed: review
// and commit as usual), and the dev server (scripts/dev.ts), whose /admin/ is the CMS and whose
// pages preview the stories, drafts included. Ctrl+C stops both. The first run installs the CMS
// (src/lib/cms/install.ts).
import {spawn, type ChildProcess} from "node:child_process";
import {join} from "node:path";
import {cmsPackageFile, ensureCmsInstalled} from "../src/lib/cms/install.js";
import {LOCAL_BACKEND_PORT} from "../src/lib/cms/options.js";

const root = join(import.meta.dirname, "..");
const port = process.env.WM_CMS_LOCAL_PORT ?? String(LOCAL_BACKEND_PORT);
ensureCmsInstalled();
const decapServer = cmsPackageFile("decap-server/dist/index.js");

const children: ChildProcess[] = [
  // Loopback only: the backend writes files for anyone who can reach it.
  spawn(process.execPath, [decapServer], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: {...process.env, PORT: port, BIND_HOST: "127.0.0.1", MODE: "fs", GIT_REPO_DIRECTORY: root}
  }),
  spawn(
    process.execPath,
    [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "scripts", "dev.ts"), ...process.argv.slice(2)],
    {
      cwd: root,
      stdio: "inherit",
      env: {...process.env, WM_CMS_LOCAL_PORT: port}
    }
  )
];
const stop = (code: number) => {
  for (const child of children) if (child.exitCode === null) child.kill();
  process.exit(code);
};
for (const child of children) child.on("exit", (code) => stop(code ?? 0));
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
