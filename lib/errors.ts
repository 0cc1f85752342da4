/** An error whose message is written for the person running the tool: show it without a stack. */
export class AppError extends Error {
  override name = 'AppError';
}

/** A requested resource (an element, a batch …) does not exist: answered with 404. */
export class NotFoundError extends AppError {
  override name = 'NotFoundError';
}
