// Expected failures: services throw these with a code from the contract; the HTTP edge chooses the status.
import type { ErrorCode } from '../../../types';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
