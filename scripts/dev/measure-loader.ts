// Runs one data loader in this process and reports its wall time and peak memory on stderr as a
// JSON line, so the benchmark can measure every loader the same way. Arguments after the loader
// reach it as its own (page loaders read --slug=<slug>).
import {pathToFileURL} from "node:url";

const loader = process.argv[2];
process.argv.splice(1, 1);
const started = performance.now();
process.on("exit", (code) => {
  const usage = process.resourceUsage();
  // CPU time as well as wall time: on a busy machine the wall time mostly measures the other processes.
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  const report = {
    loader,
    exitCode: code,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds,
    peakRssMiB: usage.maxRSS / 1024
  };
  process.stderr.write(`BENCH ${JSON.stringify(report)}\n`);
});
await import(pathToFileURL(loader).href);
