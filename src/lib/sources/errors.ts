/** Every way a source file can be unusable; each kind has its own message and fix. */
export type SourceErrorKind =
  | "missing-folder"
  | "missing-manifest"
  | "not-in-manifest"
  | "missing-file"
  | "checksum"
  | "missing-column"
  | "bad-code"
  | "duplicate-key"
  | "not-a-number"
  | "bad-json"
  | "bad-gzip"
  | "bad-geometry"
  | "join-mismatch"
  | "unexpected-file"
  | "other-force";

export interface SourceErrorDetails {
  kind: SourceErrorKind;
  /** Path of the offending file, relative to the sources folder where possible. */
  file?: string;
  /** 1-based line in that file, when the problem is in one row. */
  line?: number;
  problem: string;
  fix: string;
}

/** An error about source data, formatted as `file:line: problem — fix`. */
export class SourceError extends Error {
  readonly kind: SourceErrorKind;
  readonly file?: string;
  readonly line?: number;
  readonly problem: string;
  readonly fix: string;

  constructor(details: SourceErrorDetails) {
    const where = details.file ? `${details.file}${details.line ? `:${details.line}` : ""}: ` : "";
    super(`${where}${details.problem} — ${details.fix}`);
    this.name = "SourceError";
    this.kind = details.kind;
    this.file = details.file;
    this.line = details.line;
    this.problem = details.problem;
    this.fix = details.fix;
  }
}
