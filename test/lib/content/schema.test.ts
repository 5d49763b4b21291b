import {describe, expect, it} from "vitest";
import {z} from "zod";
import {Problems} from "../../../src/lib/content/problems.js";
import {checkYaml, flag, said, salvage, unknownFieldFix, type Wordings} from "../../../src/lib/content/schema.js";
import {YamlFile} from "../../../src/lib/content/yamlFile.js";

const item = z.strictObject({name: z.string().regex(/\S/), size: z.number().optional()});
const schema = z
  .strictObject({title: z.string().regex(/\S/), items: z.array(item).optional()})
  .superRefine((file, ctx) => {
    if (file.items?.length === 0) flag(ctx, "noItems", {hint: "at least one"}, ["items"]);
  });

const wordings: Wordings = {
  "": {
    invalid: () => said("the file must be a set of fields", "write title:"),
    unknown: ({field}) => said(`unknown field "${field}"`, unknownFieldFix(field, Object.keys(schema.shape)))
  },
  "*": {missing: ({field}) => said(`${field} is missing`, `add ${field}:`)},
  items: {noItems: ({params}) => said("the list is empty", `give ${String(params.hint)}`)},
  "items.*": {unknown: ({field, item}) => said(`unknown field "${field}" in item ${item}`, "use name: and size:")},
  "items.*.*": {
    missing: ({field, item}) => said(`item ${item} has no ${field}`, `add ${field}:`),
    invalid: ({field, item, value}) => said(`item ${item}: ${field} is ${JSON.stringify(value)}`, "fix it")
  }
};

function check(text: string): string[] {
  const problems = new Problems();
  checkYaml(new YamlFile("f.yaml", text), new YamlFile("f.yaml", text).value(), schema, wordings, problems);
  return problems.list.map((p) => `${p.line}: ${p.problem} — ${p.fix}`);
}

describe("checkYaml", () => {
  it("returns the checked value and records nothing when the file is right", () => {
    const problems = new Problems();
    const yaml = new YamlFile("f.yaml", "title: A\nitems:\n  - name: x\n");
    expect(checkYaml(yaml, yaml.value(), schema, wordings, problems)).toEqual({title: "A", items: [{name: "x"}]});
    expect(problems.list).toEqual([]);
  });

  it("words every mistake at its line, unknown fields first", () => {
    expect(check("title: A\nitems:\n  - name: x\n    size: big\n  - nam: y\ntitel: B\n")).toEqual([
      '5: unknown field "nam" in item 2 — use name: and size:',
      '6: unknown field "titel" — did you mean "title"?',
      '4: item 1: size is "big" — fix it',
      "5: item 2 has no name — add name:"
    ]);
  });

  it("takes an empty or blank value as missing, at its own line, or at its parent's when absent", () => {
    expect(check('items:\n  - name: "  "\ntitle:\n')).toEqual([
      "3: title is missing — add title:",
      "2: item 1 has no name — add name:"
    ]);
    expect(check("items:\n  - size: 1\n")).toEqual([
      "1: title is missing — add title:",
      "2: item 1 has no name — add name:"
    ]);
  });

  it("words a refinement's own check with what it found", () => {
    expect(check("title: A\nitems: []\n")).toEqual(["2: the list is empty — give at least one"]);
  });

  it("words a whole file that is not a set of fields", () => {
    expect(check("- a\n- b\n")).toEqual(["1: the file must be a set of fields — write title:"]);
  });

  it("keeps zod's words for a mistake that has no wording", () => {
    expect(check("title: [1]\n")).toEqual([
      "1: title: Invalid input: expected string, received array — see docs/editors.md for what this file may hold"
    ]);
  });
});

describe("salvage", () => {
  it("keeps every field that passes its own part of the schema", () => {
    expect(salvage(schema, {title: 5, items: [{name: "x"}], extra: true})).toEqual({items: [{name: "x"}]});
    expect(
      salvage(z.object({area: z.strictObject({wards: z.array(z.string()), x: z.string()})}), {
        area: {wards: ["a"], y: 1}
      })
    ).toEqual({area: {wards: ["a"]}});
  });

  it("has nothing to keep of a value that is not a set of fields", () => {
    expect(salvage(schema, ["a"])).toBeUndefined();
  });
});
