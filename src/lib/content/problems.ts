/** A problem in a content file, printed as `file:line: problem — fix`. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
    readonly fix: string
  ) {
    super(formatProblem({file, line, problem, fix}));
    this.name = "ContentError";
  }

  /** Every problem this error stands for (more than one when thrown by Problems.throwIfErrors). */
  problems: Omit<Problem, "severity">[] = [this];
}

export type Severity = "error" | "warning";

/** One problem found while checking content; warnings are reported but do not stop a build. */
export interface Problem {
  file: string;
  line: number | undefined;
  problem: string;
  fix: string;
  severity: Severity;
}

/** `file:line: problem — fix`, the one format every content and source message uses. */
export function formatProblem(p: Pick<Problem, "file" | "line" | "problem" | "fix">): string {
  return `${p.file}${p.line ? `:${p.line}` : ""}: ${p.problem} — ${p.fix}`;
}

/**
 * Collects every problem in the content instead of stopping at the first, so an editor can fix
 * them all in one pass. Loaders call throwIfErrors() to fail with the whole list.
 */
export class Problems {
  readonly list: Problem[] = [];

  error(error: ContentError): void {
    this.list.push({file: error.file, line: error.line, problem: error.problem, fix: error.fix, severity: "error"});
  }

  warning(error: ContentError): void {
    this.list.push({file: error.file, line: error.line, problem: error.problem, fix: error.fix, severity: "warning"});
  }

  get errors(): Problem[] {
    return this.list.filter((p) => p.severity === "error");
  }

  get warnings(): Problem[] {
    return this.list.filter((p) => p.severity === "warning");
  }

  /** Runs a parser that throws on its first problem, recording that problem; undefined if it threw. */
  collect<T>(parse: () => T): T | undefined {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      for (const {file, line, problem, fix} of error.problems)
        this.list.push({file, line, problem, fix, severity: "error"});
      return undefined;
    }
  }

  /** Throws a ContentError listing every error (one per line), if there are any. */
  throwIfErrors(): void {
    const [first, ...rest] = this.errors;
    if (!first) return;
    const error = new ContentError(first.file, first.line, first.problem, first.fix);
    if (rest.length) error.message = [first, ...rest].map(formatProblem).join("\n");
    error.problems = [first, ...rest].map(({file, line, problem, fix}) => ({file, line, problem, fix}));
    throw error;
  }
}
