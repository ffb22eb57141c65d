// Expected failures: services throw these with a code from the contract; the HTTP edge chooses the status.
import type { ErrorCode } from '../../../types';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** set when the object exists but is not the caller's: answered as NOT_FOUND, logged as a denied access */
    readonly accessDenied = false,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
