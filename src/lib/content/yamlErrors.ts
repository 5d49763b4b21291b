// The yaml library's parse errors in an editor's words: what is wrong on the line, and how to fix it.
import type {ErrorCode} from "yaml";

export interface PlainYamlError {
  problem: string;
  fix: string;
}

const QUOTE_IT = 'put text that holds a colon in quotes: title: "Heath Town: a story"';
const INDENT = "line the field up with the others at its level, using spaces (two per level)";

const PLAIN: Partial<Record<ErrorCode, PlainYamlError>> = {
  BLOCK_AS_IMPLICIT_KEY: {
    problem: "this line's value holds a colon, or the line is indented differently from the lines around it",
    fix: `${QUOTE_IT}; otherwise ${INDENT}`
  },
  MULTILINE_IMPLICIT_KEY: {
    problem: "a line here is neither a field (name: value) nor a list item (- value)",
    fix: `${INDENT}; a value that goes on over several lines needs >- after the colon`
  },
  MISSING_CHAR: {
    problem: "a quote or a bracket is opened here but not closed",
    fix: 'close it on the same line ("…" or […]), or remove it'
  },
  BAD_INDENT: {problem: "this line is not indented like the lines around it", fix: INDENT},
  TAB_AS_INDENT: {problem: "this line is indented with a tab", fix: "indent with spaces instead (two per level)"},
  DUPLICATE_KEY: {problem: "this field is written twice", fix: "keep one of the two lines"},
  BAD_SCALAR_START: {
    problem: "this value starts with a character that needs quotes (@, `, % or |)",
    fix: 'put the whole value in quotes: "@name"'
  },
  UNEXPECTED_TOKEN: {
    problem: "list items (- …) and fields (name: …) are mixed at the same level",
    fix: `${INDENT}; a list belongs under a field, e.g. "authors:" then "  - name"`
  },
  BAD_DQ_ESCAPE: {
    problem: "a backslash in quoted text starts an unknown escape",
    fix: "write the text in single quotes ('…') or double the backslash"
  },
  MULTIPLE_DOCS: {
    problem: 'the file has a "---" line in it',
    fix: "remove the --- line: the file holds one set of fields"
  }
};

/** The editor's words for a parse error of the yaml library, by its code: never the parser's terms. */
export function plainYamlError(code: ErrorCode): PlainYamlError {
  return (
    PLAIN[code] ?? {
      problem: "this line cannot be read",
      fix: `check its indentation and colons; ${QUOTE_IT}`
    }
  );
}
