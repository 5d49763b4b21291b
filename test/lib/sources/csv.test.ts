import {describe, expect, it} from "vitest";
import {parseCsv} from "../../../src/lib/sources/index.js";

describe("parseCsv", () => {
  it("reads a header and records with their line numbers", () => {
    const {header, records} = parseCsv("a,b\n1,2\n3,4\n");
    expect(header).toEqual(["a", "b"]);
    expect(records).toEqual([
      {line: 2, values: ["1", "2"]},
      {line: 3, values: ["3", "4"]}
    ]);
  });

  it("handles quotes, doubled quotes, commas and newlines inside quotes", () => {
    const {records} = parseCsv('name,note\n"Birmingham, Yardley","say ""hi""\nthere"\nnext,x\n');
    expect(records[0]).toEqual({line: 2, values: ["Birmingham, Yardley", 'say "hi"\nthere']});
    expect(records[1]).toEqual({line: 4, values: ["next", "x"]});
  });

  it("accepts CRLF, a byte-order mark, and no final newline", () => {
    const {header, records} = parseCsv("\uFEFFa,b\r\n1,\r\n2,3");
    expect(header).toEqual(["a", "b"]);
    expect(records).toEqual([
      {line: 2, values: ["1", ""]},
      {line: 3, values: ["2", "3"]}
    ]);
  });

  it("skips blank lines but keeps counting them", () => {
    expect(parseCsv("a\n\n1\n").records).toEqual([{line: 3, values: ["1"]}]);
  });

  it("reads plain and quoted records alike, whatever ends their lines", () => {
    const {records} = parseCsv('a,b\r1,2\n"x\ny","2"""\r\n3,\n"q"z,4');
    expect(records).toEqual([
      {line: 2, values: ["1", "2"]},
      {line: 3, values: ["x\ny", '2"']},
      {line: 5, values: ["3", ""]},
      {line: 6, values: ["qz", "4"]}
    ]);
  });
});
