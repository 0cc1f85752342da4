/** An error whose message is written for the person running the tool: show it without a stack. */
export class AppError extends Error {
  override name = 'AppError';
}

/** A requested resource (an element, a batch …) does not exist: answered with 404. */
export class NotFoundError extends AppError {
  override name = 'NotFoundError';
}

/**
 * The request conflicts with the stored state (a stale version, an action the current status does
 * not allow): answered with 409 and `details` (e.g. the other reviewer's change) in the body.
 */
export class ConflictError extends AppError {
  override name = 'ConflictError';

  constructor(
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}
