import { AppError } from '../errors';
import type { ConflictDetail } from './types';

/** Someone else changed the problem since the reviewer loaded it (or the bulk match moved): answered with 409. */
export class ConflictError extends AppError {
  override name = 'ConflictError';

  constructor(
    message: string,
    readonly detail: ConflictDetail | { matched: number; expected: number },
  ) {
    super(message);
  }
}
