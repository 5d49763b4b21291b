import {isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type Node} from "yaml";
import {ContentError} from "./problems.js";
import {plainYamlError} from "./yamlErrors.js";

/** Where a value stands in a file: field names and list positions, e.g. ["area", "wards", 0]. */
export type Path = readonly (string | number)[];

/** A parsed YAML file that can say on which line any value stands. */
export class YamlFile {
  readonly document: Document;
  private readonly lines = new LineCounter();
  private readonly js: unknown;

  constructor(
    readonly file: string,
    text: string
  ) {
    this.document = parseDocument(text, {lineCounter: this.lines, prettyErrors: false});
    const [error] = this.document.errors;
    if (error) {
      const {problem, fix} = plainYamlError(error.code);
      throw new ContentError(file, this.lineAt(error.pos[0]), problem, fix);
    }
    this.js = this.toJS();
  }

  /** Plain JavaScript value of the whole file. */
  value(): unknown {
    return this.js;
  }

  /**
   * The file's value. yaml refuses aliases (*name) that repeat other aliases so often that the value
   * would fill the memory (a "billion laughs" file) with a bare ReferenceError: say where instead.
   */
  private toJS(): unknown {
    try {
      return this.document.toJS();
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      const excessive = /excessive alias count/i.test(error.message);
      throw new ContentError(
        this.file,
        excessive ? this.nestedAliasLine() : undefined,
        excessive
          ? "the file's aliases (*name) repeat other aliases so many times that it is too big to read"
          : `an alias cannot be read (${error.message})`,
        "write the values out in full instead of using & anchors and * aliases"
      );
    }
  }

  /** Line of the first alias whose anchor holds aliases itself: where the repetition multiplies. */
  private nestedAliasLine(): number | undefined {
    const holdsAlias = (node: Node) => {
      let found = false;
      visit(node, {
        Alias: () => {
          found = true;
          return visit.BREAK;
        }
      });
      return found;
    };
    let line: number | undefined;
    visit(this.document, {
      Alias: (_, alias: Alias) => {
        const anchor = alias.resolve(this.document);
        if (!anchor || !holdsAlias(anchor)) return undefined;
        line = this.startLine(alias);
        return visit.BREAK;
      }
    });
    return line;
  }

  /**
   * Line of the value at a path: the line of its name for a field, the line its content starts on
   * for a list item; for a path the file does not have, the line of its nearest parent that it has.
   */
  line(path: Path): number | undefined {
    let node: unknown = this.document.contents;
    let line = this.startLine(node);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(key));
        if (!pair) break;
        line = this.startLine(pair.key) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number" && node.items[key]) {
        node = node.items[key];
        line = this.startLine(node) ?? line;
      } else {
        break;
      }
    }
    return line;
  }

  error(path: Path, problem: string, fix: string): ContentError {
    return new ContentError(this.file, this.line(path), problem, fix);
  }

  private startLine(node: unknown): number | undefined {
    const offset = (node as {range?: [number, number, number]} | null)?.range?.[0];
    return offset === undefined ? undefined : this.lineAt(offset);
  }

  private lineAt(offset: number): number {
    return this.lines.linePos(offset).line;
  }
}
