// What a loader writes, by name: light enough for a loader process to load before anything else.

export type OutputData = string | Uint8Array | ArrayBuffer;

const PARAMETER = /\[(\w+)\]/;

/** The parameter a route's loader takes ("slug" for "wards/[slug].md.ts"), if any. */
export function parameterOf(loader: string): string | undefined {
  return PARAMETER.exec(loader)?.[1];
}

/** The path under src/ that a loader writes for one parameter value: "wards/aston.md". */
export function targetOf(loader: string, param?: string): string {
  const name = parameterOf(loader);
  if (name && param === undefined) throw new Error(`${loader} needs a value for its [${name}] parameter`);
  return loader.replace(/\.(?:ts|js)$/, "").replace(PARAMETER, () => param!);
}
