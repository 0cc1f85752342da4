/** An error whose message is written for the person running the tool: show it without a stack. */
export class AppError extends Error {
  override name = 'AppError';
}

/** A failure of one work item that has a class of its own (e.g. `sandbox_unavailable`), kept with the item. */
export class ClassifiedError extends AppError {
  override name = 'ClassifiedError';

  constructor(
    readonly failureClass: string,
    message: string,
  ) {
    super(message);
  }
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
