/** An error whose message is written for the person running the tool: show it without a stack. */
export class AppError extends Error {
  override name = 'AppError';
}
