import {describe, expect, it} from "vitest";
import {ContentError} from "../../../src/lib/content/problems.js";
import {YamlFile} from "../../../src/lib/content/yamlFile.js";

const text = `# a comment
title: Alpha
area:
  wards:
    - E05000001
    - E05000002
  explanation: >-
    Two wards.
voices:
  - text: Words.
    consent: given
  -
    text: More words.
empty:
`;

describe("YamlFile.line", () => {
  const yaml = new YamlFile("story.yaml", text);

  it("gives a field's line, and a list item's", () => {
    expect(yaml.line(["title"])).toBe(2);
    expect(yaml.line(["area", "wards", 1])).toBe(6);
    expect(yaml.line(["area", "explanation"])).toBe(7);
    expect(yaml.line(["voices", 0, "consent"])).toBe(11);
    expect(yaml.line(["empty"])).toBe(14);
  });

  it("gives the line of a field's name when its value is a list or a set of fields below it", () => {
    expect(yaml.line(["area"])).toBe(3);
    expect(yaml.line(["area", "wards"])).toBe(4);
    expect(yaml.line(["voices"])).toBe(9);
  });

  it("gives a list item's line as the line its content starts on", () => {
    expect(yaml.line(["voices", 0])).toBe(10);
    expect(yaml.line(["voices", 1])).toBe(13);
    expect(yaml.line(["voices", 1, "text"])).toBe(13);
  });

  it("falls back to the nearest parent the file has, then to the first field", () => {
    expect(yaml.line(["area", "lsoas", 0])).toBe(3);
    expect(yaml.line(["voices", 5, "text"])).toBe(9);
    expect(yaml.line(["subtitle"])).toBe(2);
    expect(yaml.line([])).toBe(2);
  });

  it("has no line in an empty file", () => {
    expect(new YamlFile("story.yaml", "# nothing yet\n").line(["title"])).toBeUndefined();
  });

  it("names the line of a syntax error", () => {
    expect(() => new YamlFile("story.yaml", "title: a\nsubtitle: b: c\n")).toThrow(ContentError);
    expect(() => new YamlFile("story.yaml", "title: a\nsubtitle: b: c\n")).toThrow(
      /^story\.yaml:2: this line's value holds a colon/
    );
  });

  it("says what is wrong in plain words, never in the YAML parser's", () => {
    const message = (text: string) => {
      try {
        new YamlFile("s.yaml", text);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error("expected an error");
    };
    const messages = [
      "title: Heath Town: a story\n",
      "authors:\n\t- A\n",
      'title: "unclosed\n',
      "title: a\ntitle: b\n",
      "- a\nb: 1\n",
      "a: [1, 2\n",
      "title: @x\n"
    ].map(message);
    expect(messages.map((m) => m.split(":")[1])).toEqual(["1", "2", "2", "2", "2", "2", "1"]);
    for (const m of messages) expect(m.slice("s.yaml".length)).not.toMatch(/mapping|implicit|scalar|token|flow|YAML/i);
    expect(messages[1]).toBe("s.yaml:2: this line is indented with a tab — indent with spaces instead (two per level)");
  });
});

describe("YamlFile with aliases", () => {
  it("reads ordinary anchors and aliases", () => {
    expect(new YamlFile("a.yaml", "a: &x [1, 2]\nb: *x\n").value()).toEqual({a: [1, 2], b: [1, 2]});
  });

  it("refuses aliases of aliases that would fill the memory, at the line where they start to multiply", () => {
    const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (const [from, to] of ["ab", "bc", "cd", "de", "ef"]) {
      lines.push(`${to}: &${to} [${`*${from}, `.repeat(8)}*${from}]`);
    }
    const error = (() => {
      try {
        new YamlFile("voices.yaml", lines.join("\n"));
      } catch (error) {
        return error;
      }
    })();
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toBe(
      "voices.yaml:3: the file's aliases (*name) repeat other aliases so many times that it is too big to read — " +
        "write the values out in full instead of using & anchors and * aliases"
    );
  });
});
