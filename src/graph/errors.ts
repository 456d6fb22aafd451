/**
 * A problem with an input file, reported to the user as one line:
 * `model-budget: <file>: <detail>` with exit code 2. Never carries a stack trace to the user.
 */
export class ModelFileError extends Error {
  override readonly name = 'ModelFileError';
  constructor(readonly file: string, readonly detail: string) {
    super(`${file}: ${detail}`);
  }
}
