/** One parsed CSV record with the 1-based line on which it starts. */
export interface CsvRecord {
  line: number;
  values: string[];
}

export interface ParsedCsv {
  header: string[];
  records: CsvRecord[];
}

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, newlines inside quotes).
 * Keeps the starting line of each record so errors can point an editor at it.
 */
export function parseCsv(text: string): ParsedCsv {
  const rows: CsvRecord[] = [];
  let field = "";
  let values: string[] = [];
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1; // byte-order mark
  const endRecord = () => {
    values.push(field);
    field = "";
    if (!(values.length === 1 && values[0] === "")) rows.push({line: recordLine, values});
    values = [];
  };
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
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += c;
    }
  }
  if (field !== "" || values.length) endRecord();
  const [head, ...records] = rows;
  return {header: head ? head.values.map((h) => h.trim()) : [], records};
}
