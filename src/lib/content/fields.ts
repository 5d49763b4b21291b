// Field types the content files share, so each is checked, typed and described the same way.
import {z} from "zod";

/** Text that says something: trimmed, and not blank. */
export const text = z.string().trim().regex(/\S/);

/** Text that may be left out: null when it is absent or blank. */
export const optionalText = z
  .string()
  .trim()
  .nullish()
  .transform((value) => value || null);

/** A list that may be left out or left empty: [] then. */
export const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((value) => value ?? []);

/** A calendar date written YYYY-MM-DD that exists (2026-02-30 does not). */
export const isoDate = z.iso.date();
