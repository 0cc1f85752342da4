/** The body of every error answer of the API (lib/api/respond.ts), as the browser's fetch helper reads it. */
export interface ApiError {
  error: string;
  /** The first failing field, dotted ("limit", "counts.Knowledge"). */
  field?: string;
  issues?: Array<{ field: string; message: string }>;
}
