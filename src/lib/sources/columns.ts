/**
 * Column types for source tables. A column spec turns the text of one cell into a typed value,
 * or returns an error message saying what the cell should have been.
 */
export type Parsed<T> = {ok: true; value: T} | {ok: false; problem: string; fix: string};

export interface ColumnSpec<T> {
  readonly description: string;
  parse(text: string): Parsed<T>;
}

/** ONS GSS code kinds used in this project, by their three-character entity prefix. */
export const ONS_KINDS = {
  E01: "LSOA",
  E02: "MSOA",
  E05: "electoral ward",
  E06: "unitary authority",
  E07: "non-metropolitan district",
  E08: "metropolitan district",
  E09: "London borough",
  E10: "county",
  E12: "region",
  E14: "parliamentary constituency",
  E23: "police force area",
  E47: "combined authority",
  E92: "country",
  K04: "England and Wales",
  W01: "LSOA (Wales)",
  W02: "MSOA (Wales)",
  W06: "unitary authority (Wales)",
  W15: "police force area (Wales)",
  W22: "community safety partnership (Wales)",
  E22: "community safety partnership"
} as const;

export type OnsPrefix = keyof typeof ONS_KINDS;

const ONS_CODE = /^[EWSNK]\d{8}$/;

/** An ONS code of one of the given kinds, e.g. `onsCode("E01")` for LSOAs. */
export function onsCode(...prefixes: OnsPrefix[]): ColumnSpec<string> {
  const kinds = prefixes.map((p) => `${ONS_KINDS[p]} (${p}…)`).join(" or ");
  return {
    description: `ONS code of a ${kinds}`,
    parse(text) {
      const value = text.trim();
      if (ONS_CODE.test(value) && prefixes.some((p) => value.startsWith(p))) return {ok: true, value};
      return {
        ok: false,
        problem: `"${value}" is not an ONS code of a ${kinds}`,
        fix: `use a nine-character code such as ${prefixes[0]}000001`
      };
    }
  };
}

function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (t === "" || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return undefined;
  return Number(t);
}

/** A finite number; empty cells are errors unless `optional` (then null). */
export function number(options: {optional?: boolean} = {}): ColumnSpec<number | null> & ColumnSpec<number> {
  return {
    description: options.optional ? "number or empty" : "number",
    parse(text) {
      if (options.optional && text.trim() === "") return {ok: true, value: null as unknown as number};
      const value = parseNumber(text);
      if (value !== undefined) return {ok: true, value};
      return {
        ok: false,
        problem: `"${text}" is not a number`,
        fix: options.optional
          ? "write a plain number such as 12.5, or leave the cell empty"
          : "write a plain number such as 12.5"
      };
    }
  };
}

/** A whole number (e.g. a rank, a decile stored as "3.0", or a count). */
export function integer(): ColumnSpec<number> {
  return {
    description: "whole number",
    parse(text) {
      const value = parseNumber(text);
      if (value !== undefined && Number.isInteger(value)) return {ok: true, value};
      return {ok: false, problem: `"${text}" is not a whole number`, fix: "write a whole number such as 12"};
    }
  };
}

/** Any text; `required` rejects empty cells. */
export function text(options: {required?: boolean} = {}): ColumnSpec<string> {
  return {
    description: options.required ? "non-empty text" : "text",
    parse(value) {
      if (options.required && value.trim() === "") return {ok: false, problem: "the cell is empty", fix: "fill it in"};
      return {ok: true, value};
    }
  };
}

export type ColumnSpecs = Record<string, ColumnSpec<unknown>>;
export type RowOf<S extends ColumnSpecs> = {[K in keyof S]: S[K] extends ColumnSpec<infer T> ? T : never};
