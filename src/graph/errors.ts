/**
 * The one error hierarchy. Everything the user can fix (a bad model file, config, option, input,
 * or an environment we cannot work in) is a `ModelBudgetError`: its message is one line meant
 * for the user, and the CLI exits with `EXIT.BAD_INPUT`. Anything else that escapes (a
 * TypeError in an op, a failed assertion) is a bug in model-budget: `InternalError`, exit
 * `EXIT.INTERNAL`, reported as such with the model and op it happened on.
 *
 * Callers decide by `instanceof`, never by matching class names.
 */

/** Process exit codes of the CLI (README, "Exit codes"). */
export const EXIT = {
  OK: 0,
  /** `diff`/`check`: a budget is exceeded. */
  BREACH: 1,
  /** Bad input, config, usage or environment: the message says what to fix. */
  BAD_INPUT: 2,
  /** A bug in model-budget. */
  INTERNAL: 3,
} as const;

/** Base of every error whose message is a user-facing line (not a bug of ours). */
export class ModelBudgetError extends Error {
  override name = 'ModelBudgetError';
}

/** Something wrong with an input the user gave: a model file, a side file, a report. */
export class BadInputError extends ModelBudgetError {
  override name = 'BadInputError';
}

/**
 * A problem with one input file, reported as one line: `model-budget: <file>: <detail>` with
 * exit code 2. Never carries a stack trace to the user.
 */
export class ModelFileError extends BadInputError {
  override name = 'ModelFileError';
  constructor(readonly file: string, readonly detail: string) {
    super(`${file}: ${detail}`);
  }
}

/** A problem in the budget config, with its position. */
/**
 * A problem with a graph as a whole (a cycle, a value produced twice, a limit passed); the caller
 * reports it as `model-budget: <file>: <message>`.
 */
export class GraphError extends BadInputError {
  override name = 'GraphError';
}

export class ConfigError extends ModelBudgetError {
  override name = 'ConfigError';
  constructor(
    readonly file: string,
    /** 1-based; 0 when the problem has no position (empty file). */
    readonly line: number,
    /** Dotted key path, e.g. `models[0].budgets.flops.max`; '' for the whole file. */
    readonly key: string,
    readonly detail: string,
  ) {
    super(`${file}${line > 0 ? `:${line}` : ''}: ${key ? `${key}: ` : ''}${detail}`);
  }
}

/** A bad command-line option or action input; the CLI adds a pointer to `--help`. */
export class UsageError extends ModelBudgetError {
  override name = 'UsageError';
}

/**
 * Something outside us failed in a way the user has to look at (a git command, the GitHub API,
 * a checkout without the base commit). Not a bug in model-budget.
 */
export class EnvironmentError extends ModelBudgetError {
  override name = 'EnvironmentError';
}

/** Where an internal error happened, as far as it is known. */
export interface InternalErrorContext {
  /** Model path as the user knows it. */
  readonly model?: string;
  /** The node, e.g. `node 'conv1' (Conv)`. */
  readonly op?: string;
}

/** A bug in model-budget. `cause` keeps the original error (and its stack) for MODEL_BUDGET_DEBUG. */
export class InternalError extends Error {
  override name = 'InternalError';
  readonly context: InternalErrorContext;
  private constructor(readonly detail: string, context: InternalErrorContext, cause: unknown) {
    super(
      [context.model, context.op, detail].filter((p) => p !== undefined && p !== '').join(': '),
      { cause },
    );
    this.context = context;
  }

  /**
   * Wraps anything that is not a user-facing error, adding what is known about where it
   * happened. An InternalError is extended with the missing context (the engine knows the op,
   * the pipeline knows the model); a ModelBudgetError is returned unchanged.
   */
  static wrap(e: unknown, context: InternalErrorContext = {}): InternalError | ModelBudgetError {
    if (e instanceof ModelBudgetError) return e;
    if (e instanceof InternalError) {
      const merged = { ...context, ...e.context };
      return new InternalError(e.detail, merged, e.cause);
    }
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : `non-error thrown: ${String(e)}`;
    return new InternalError(firstLine(detail), context, e);
  }

  /** The parts that cross a thread boundary (a worker's error, rebuilt with `restore`). */
  toPlain(): { detail: string; context: InternalErrorContext; stack: string } {
    return { detail: this.detail, context: this.context, stack: this.originalStack };
  }

  static restore(plain: { detail: string; context: InternalErrorContext; stack: string }): InternalError {
    const cause = new Error(plain.detail);
    cause.stack = plain.stack;
    return new InternalError(plain.detail, plain.context, cause);
  }

  /** The stack of the original error (what a bug report needs), else this one's. */
  get originalStack(): string {
    const c = this.cause;
    return (c instanceof Error && c.stack) || this.stack || this.message;
  }
}

/** Whether an error is a bug of ours (exit 3) rather than something the user can fix (exit 2). */
export function isInternal(e: unknown): boolean {
  return !(e instanceof ModelBudgetError);
}

/** The exit code for an error that ended a command. */
export function exitCodeFor(e: unknown): number {
  return isInternal(e) ? EXIT.INTERNAL : EXIT.BAD_INPUT;
}

/** The one line that tells the user an internal error is our bug and where to report it. */
export function internalErrorLine(e: unknown): string {
  const wrapped = InternalError.wrap(e);
  return `internal error: ${wrapped.message}. This is a bug in model-budget, please report it (run with MODEL_BUDGET_DEBUG=1 for the stack trace)`;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
