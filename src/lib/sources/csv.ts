/** One parsed CSV record with the 1-based line on which it starts. */
export interface CsvRecord {
  line: number;
  values: string[];
}

export interface ParsedCsv {
  header: string[];
  records: CsvRecord[];
}

/** The index of the first `char` at or after `from`, or the text's length when there is none. */
function indexOrEnd(text: string, char: string, from: number): number {
  const i = text.indexOf(char, from);
  return i < 0 ? text.length : i;
}

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, newlines inside quotes).
 * Keeps the starting line of each record so errors can point an editor at it. A record without a
 * quote is split at its commas at once (police.uk's monthly files are hundreds of thousands of
 * them); a record with one goes through the field-by-field reader.
 */
export function parseCsv(text: string): ParsedCsv {
  const rows: CsvRecord[] = [];
  const push = (line: number, values: string[]) => {
    if (!(values.length === 1 && values[0] === "")) rows.push({line, values});
  };
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // byte-order mark
  let line = 1;
  // The next quote, line feed and carriage return, each found once and kept until passed.
  let quote = -1;
  let lf = -1;
  let cr = -1;
  while (i < text.length) {
    if (quote < i) quote = indexOrEnd(text, '"', i);
    if (lf < i) lf = indexOrEnd(text, "\n", i);
    if (cr < i) cr = indexOrEnd(text, "\r", i);
    const end = Math.min(lf, cr);
    if (quote > end) {
      push(line, text.slice(i, end).split(","));
      i = end + (text[end] === "\r" && text[end + 1] === "\n" ? 2 : 1);
      line++;
    } else {
      const record = quotedRecord(text, i, line);
      push(line, record.values);
      i = record.next;
      line = record.line;
    }
  }
  const [head, ...records] = rows;
  return {header: head ? head.values.map((h) => h.trim()) : [], records};
}

/** One record from `i`, field by field: its values, where the next starts and on which line. */
function quotedRecord(text: string, i: number, line: number): {values: string[]; next: number; line: number} {
  const values: string[] = [];
  let field = "";
  let quoted = false;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      values.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      values.push(field);
      return {values, next: i + 1, line: line + 1};
    } else {
      field += c;
    }
  }
  values.push(field);
  return {values, next: i, line};
}
