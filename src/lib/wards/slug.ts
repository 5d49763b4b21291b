/** Lowercase words joined by hyphens: "King's Norton South" → "kings-norton-south", "&" → "and". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export interface WardName {
  code: string;
  name: string;
  district: string;
}

/**
 * A unique, stable slug for every ward: its name alone; name and borough when another ward has
 * the same name; and the ONS code as a last resort. A slug depends only on the ward's own name,
 * borough and code and on which other names exist, never on the order of the input.
 */
export function wardSlugs(wards: readonly WardName[]): Map<string, string> {
  const count = (slugs: string[]) => slugs.reduce((m, s) => m.set(s, (m.get(s) ?? 0) + 1), new Map<string, number>());
  const byName = count(wards.map((w) => slugify(w.name)));
  const first = wards.map((w) =>
    byName.get(slugify(w.name))! > 1 ? slugify(`${w.name} ${w.district}`) : slugify(w.name)
  );
  const second = count(first);
  const out = new Map<string, string>();
  wards.forEach((w, i) => {
    const slug =
      second.get(first[i])! > 1 || first[i] === "" ? `${first[i] || "ward"}-${w.code.toLowerCase()}` : first[i];
    if (out.has(w.code) && out.get(w.code) !== slug)
      throw new Error(`ward ${w.code} appears twice with different names — use one row per ward`);
    out.set(w.code, slug);
  });
  return out;
}
