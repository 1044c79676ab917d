// One error type for the whole project: a stable code for programs, a message for people.
// Stages throw SitrepError for bad input; anything else reaching the CLI or server is a bug.

export type ErrorCode =
  | 'BAD_ARGUMENT'
  | 'UNREADABLE_FILE'
  | 'BAD_JSON'
  | 'BAD_DOCUMENT'
  | 'TOO_LARGE'
  | 'NOT_TEXT'
  | 'BAD_URL'
  | 'FORBIDDEN_ADDRESS'
  | 'FETCH_FAILED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHORIZED'
  | 'STORE_FAILED';

export class SitrepError extends Error {
  readonly code: ErrorCode;
  /** What the error is about: a file name, "line 3", a field. */
  readonly subject: string | undefined;

  constructor(code: ErrorCode, message: string, subject?: string) {
    super(subject ? `${subject}: ${message}` : message);
    this.name = 'SitrepError';
    this.code = code;
    this.subject = subject;
  }
}

export const isSitrepError = (e: unknown): e is SitrepError => e instanceof SitrepError;
