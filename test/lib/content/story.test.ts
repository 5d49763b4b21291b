import {describe, expect, it} from "vitest";
import {resolveArea} from "../../../src/lib/content/area.js";
import {ContentError, Problems} from "../../../src/lib/content/problems.js";
import {
  checkStoryDefinition,
  DEFAULT_POLICE_TREND_TYPES,
  parseStoryDefinition
} from "../../../src/lib/content/story.js";
import {YamlFile} from "../../../src/lib/content/yamlFile.js";

const story = (extra = "") =>
  "title: Alpha\nborough: Birmingham\nstatus: published\nlast_reviewed: 2026-06-01\n" +
  `${extra}area:\n  wards:\n    - E05000001\n  explanation: Why.\n`;

describe("parseStoryDefinition", () => {
  it("reads a valid story.yaml", () => {
    const d = parseStoryDefinition("alpha", "story.yaml", story());
    expect(d).toMatchObject({
      slug: "alpha",
      title: "Alpha",
      status: "published",
      last_reviewed: "2026-06-01",
      area: {wards: ["E05000001"], lsoas: []}
    });
  });

  it("throws one ContentError listing every problem, one per line", () => {
    const text = story("colour: red\n").replace("Birmingham", "Brum").replace("published", "live");
    const error = (() => {
      try {
        parseStoryDefinition("alpha", "story.yaml", text);
      } catch (e) {
        return e as ContentError;
      }
    })();
    expect(error).toBeInstanceOf(ContentError);
    expect(error!.message.split("\n")).toEqual([
      'story.yaml:5: unknown field "colour" — ' +
        "use one of: title, subtitle, borough, status, last_reviewed, authors, area, sources, police_trend_types",
      'story.yaml:2: "Brum" is not one of the seven boroughs — ' +
        "use one of: Birmingham, Coventry, Dudley, Sandwell, Solihull, Walsall, Wolverhampton",
      'story.yaml:3: status "live" is not known — use "published" or "draft"'
    ]);
  });
});

describe("checkStoryDefinition", () => {
  const check = (text: string) => {
    const problems = new Problems();
    const definition = checkStoryDefinition("alpha", new YamlFile("story.yaml", text), problems);
    return {definition, messages: problems.list.map((p) => `${p.line}: ${p.problem} — ${p.fix}`)};
  };

  it("reads the fields in the order the site writes them, with empty lists and subtitle when left out", () => {
    const {definition} = check(story());
    expect(Object.keys(definition!)).toEqual([
      "slug",
      "title",
      "subtitle",
      "borough",
      "status",
      "last_reviewed",
      "authors",
      "area",
      "sources",
      "police_trend_types"
    ]);
    expect(definition).toMatchObject({
      subtitle: "",
      authors: [],
      sources: [],
      police_trend_types: DEFAULT_POLICE_TREND_TYPES,
      area: {wards: ["E05000001"], lsoas: [], explanation: "Why."}
    });
    expect(Object.keys(definition!.area)).toEqual(["wards", "lsoas", "explanation"]);
  });

  it("points at an empty required field's own line, and at area: for what the area lacks", () => {
    expect(check(story().replace("title: Alpha", 'title: ""')).messages).toEqual([
      '1: required field "title" is missing — add a line "title: …"'
    ]);
    expect(
      check(story().replace("  wards:\n    - E05000001\n  explanation: Why.\n", "  lsoas: []\n")).messages
    ).toEqual([
      "5: area.explanation is missing — say in one or two sentences why this geography stands for the neighbourhood",
      "5: the area has no wards or LSOAs — list ward codes under area.wards or LSOA 2021 codes under area.lsoas"
    ]);
  });

  it("names a misspelt area field and a list item that is not text", () => {
    expect(check(story().replace("  wards:", "  ward:")).messages).toEqual([
      '6: unknown field "area.ward" — did you mean "area.wards"?',
      "5: the area has no wards or LSOAs — list ward codes under area.wards or LSOA 2021 codes under area.lsoas"
    ]);
    expect(check(story("authors:\n  - Ann\n  - [Bob]\n")).messages).toEqual([
      '7: authors must be a list of names — write one per line, each starting with "- "'
    ]);
  });

  it("reads the police.uk crime types the story's monthly trend shows beside violence, in its order", () => {
    expect(DEFAULT_POLICE_TREND_TYPES).toEqual(["Robbery", "Possession of weapons"]);
    const types = "police_trend_types:\n  - Drugs\n  - Anti-social behaviour\n";
    expect(check(story(types)).definition?.police_trend_types).toEqual(["Drugs", "Anti-social behaviour"]);
    expect(check(story("police_trend_types: []\n")).definition?.police_trend_types).toEqual([]);
  });

  it("names an unknown police.uk crime type at its line with the type meant, and each other mistake", () => {
    const types = (list: string[]) => story(`police_trend_types:\n${list.map((t) => `  - ${t}\n`).join("")}`);
    expect(check(types(["Robbery", "Burglery", "Knife crime"])).messages).toEqual([
      '7: "Burglery" is not a police.uk crime type — did you mean Burglary?',
      '8: "Knife crime" is not a police.uk crime type — use one of: Anti-social behaviour, Bicycle theft, ' +
        "Burglary, Criminal damage and arson, Drugs, Other theft, Possession of weapons, Public order, Robbery, " +
        "Shoplifting, Theft from the person, Vehicle crime, Violence and sexual offences, Other crime"
    ]);
    expect(check(types(["Drugs", "Violence and sexual offences"])).messages).toEqual([
      '7: "Violence and sexual offences" is always the trend\'s first line — leave it out of police_trend_types'
    ]);
    expect(check(types(["Drugs", "Robbery", "Drugs"])).messages).toEqual([
      '8: "Drugs" is listed twice — list each crime type once'
    ]);
    // Every mistake at once: an unknown type does not hide a repeated one.
    expect(check(types(["Drugs", "Burglery", "Drugs"])).messages).toEqual([
      '7: "Burglery" is not a police.uk crime type — did you mean Burglary?',
      '8: "Drugs" is listed twice — list each crime type once'
    ]);
    expect(check(types(["Drugs", "Robbery", "Burglary", "Shoplifting", "Public order"])).messages).toEqual([
      "5: police_trend_types lists 5 crime types; the trend has room for 4 beside violence and sexual offences " +
        "— keep the 4 that matter most to the story"
    ]);
    expect(check(story("police_trend_types: Drugs\n")).messages).toEqual([
      '5: police_trend_types must be a list of police.uk crime types — write one per line, each starting with "- "'
    ]);
  });

  it("suggests the borough meant", () => {
    expect(check(story().replace("Birmingham", "Wolverhamton")).messages).toEqual([
      '2: "Wolverhamton" is not one of the seven boroughs — did you mean Wolverhampton?'
    ]);
  });

  it("still gives the area and the fields that are right when others are wrong", () => {
    const {definition, messages} = check(story("colour: red\n").replace("2026-06-01", "01/06/2026"));
    expect(messages).toHaveLength(2);
    expect(definition).toMatchObject({
      slug: "alpha",
      title: "Alpha",
      borough: "Birmingham",
      area: {wards: ["E05000001"]}
    });
    expect(definition!.last_reviewed).toBeUndefined();
  });

  it("gives nothing for a file that is not a set of fields", () => {
    expect(check("- title: Alpha\n")).toEqual({
      definition: undefined,
      messages: ["1: story.yaml must be a set of fields (title:, borough:, …) — see docs/editors.md for an example"]
    });
  });
});

describe("resolveArea", () => {
  const lookup = [
    {lsoa21cd: "E01000001", ward25cd: "E05000001", ward25nm: "North Ward", lad25cd: "E08000025", lad25nm: "Birmingham"}
  ];
  const area = {wards: ["E05000011", "E05000001"], lsoas: ["E01000010"], explanation: "Why."};
  const yaml = new YamlFile(
    "story.yaml",
    "area:\n  wards:\n    - E05000011\n    - E05000001\n  lsoas:\n    - E01000010\n"
  );

  it("collects every unknown code with a suggestion when given a Problems", () => {
    const problems = new Problems();
    resolveArea(area, lookup, yaml, problems);
    expect(problems.errors.map((p) => `${p.line}: ${p.problem} — ${p.fix}`)).toEqual([
      '3: "E05000011" is not a ward (May 2025) in the seven boroughs — did you mean E05000001?',
      '6: "E01000010" is not an LSOA (2021) in the seven boroughs — did you mean E01000001?'
    ]);
  });

  it("gives the code when a ward is written by name", () => {
    const problems = new Problems();
    resolveArea(
      {wards: ["north ward"], lsoas: [], explanation: "Why."},
      lookup,
      new YamlFile("story.yaml", "area:\n  wards:\n    - north ward\n"),
      problems
    );
    expect(problems.errors.map((p) => p.fix)).toEqual([
      "write the ward's code instead of its name: E05000001 (North Ward)"
    ]);
  });

  it("throws them together otherwise", () => {
    expect(() => resolveArea(area, lookup, yaml)).toThrow(/E05000011[\s\S]*\n[\s\S]*E01000010/);
  });
});

describe("resolveArea with the story's borough", () => {
  const borough = (lad: string) => (lad === "E08000030" ? "Walsall" : "Sandwell");
  const row = (lsoa: string, ward: string, name: string, lad: string) =>
    ({lsoa21cd: lsoa, ward25cd: ward, ward25nm: name, lad25cd: lad, lad25nm: borough(lad)});
  const lookup = [
    row("E01010001", "E05000100", "Abbey", "E08000028"),
    row("E01020001", "E05000200", "Blakenall", "E08000030"),
    row("E01020002", "E05000201", "Birchills Leamore", "E08000030")
  ];

  it("names the code, its borough and the story's borough for a code from another borough", () => {
    const problems = new Problems();
    const text = "area:\n  wards:\n    - E05000200\n    - E05000100\n  lsoas:\n    - E01010001\n";
    const area = {wards: ["E05000200", "E05000100"], lsoas: ["E01010001"]};
    resolveArea(area, lookup, new YamlFile("s.yaml", text), problems, "Walsall");
    expect(problems.errors.map((p) => `${p.line}: ${p.problem}`)).toEqual([
      "4: the ward Abbey (E05000100) is in Sandwell, but the story's borough is Walsall",
      "6: the LSOA E01010001 is in Sandwell, but the story's borough is Walsall"
    ]);
  });

  it("suggests a misspelt ward name, and offers examples from the story's borough", () => {
    const problems = new Problems();
    const text = "area:\n  wards:\n    - Blaknall\n    - Nowhere at all\n";
    const area = {wards: ["Blaknall", "Nowhere at all"], lsoas: []};
    resolveArea(area, lookup, new YamlFile("s.yaml", text), problems, "Walsall");
    expect(problems.errors.map((p) => p.fix)).toEqual([
      "did you mean Blakenall? Write its code: E05000200",
      "use a ward code from the lookups (for example E05000200)"
    ]);
  });
});
