import {isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node} from "yaml";

/** A problem in a content file, printed as `file:line: problem — fix`. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
    readonly fix: string
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${problem} — ${fix}`);
    this.name = "ContentError";
  }
}

/** A parsed YAML file that can say on which line any value stands. */
export class YamlFile {
  readonly document: Document;
  private readonly lines = new LineCounter();

  constructor(
    readonly file: string,
    text: string
  ) {
    this.document = parseDocument(text, {lineCounter: this.lines, prettyErrors: false});
    const [error] = this.document.errors;
    if (error) {
      throw new ContentError(file, this.lines.linePos(error.pos[0]).line, `this is not valid YAML (${error.message.split("\n")[0]})`, "check indentation and that text with a colon is in quotes");
    }
  }

  /** Plain JavaScript value of the whole file. */
  value(): unknown {
    return this.document.toJS();
  }

  /** Line of the value at a key path (e.g. ["area", "wards", 0]), or of its nearest parent. */
  line(path: (string | number)[]): number | undefined {
    for (let n = path.length; n >= 0; n--) {
      const node = (n === 0 ? this.document.contents : this.document.getIn(path.slice(0, n), true)) as Node | undefined;
      const offset = node && (isScalar(node) || isMap(node) || isSeq(node)) ? node.range?.[0] : undefined;
      if (offset !== undefined) return this.lines.linePos(offset).line;
    }
    return undefined;
  }

  error(path: (string | number)[], problem: string, fix: string): ContentError {
    return new ContentError(this.file, this.line(path), problem, fix);
  }
}
