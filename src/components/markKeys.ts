import type {RenderFunction} from "@observablehq/plot";

/**
 * Plot's `render` option that gives each element a mark draws (one per datum: a geo mark's paths)
 * its datum's key as data-key. A figure's data table gives each row the same key, so a row can
 * show its area on the map (tips.ts).
 */
export function keyedMarks<T>(data: readonly T[], key: (datum: T) => string): RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const group = next!(index, scales, values, dimensions, context)!;
    const elements = group.children;
    index.forEach((i, j) => elements[j]?.setAttribute("data-key", key(data[i])));
    return group;
  };
}
