// Offline captures carry the time they were made. A time from the future (beyond clock skew) or older than a week
// is refused: the record must say when it really happened.
import { AppError } from '../../lib/app-error';

const SKEW_MS = 5 * 60 * 1000;
const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

export function capturedAt(value: string | undefined, now: Date = new Date()): string {
  if (!value) return now.toISOString();
  const at = new Date(value);
  if (Number.isNaN(at.getTime()) || at.getTime() > now.getTime() + SKEW_MS || at.getTime() < now.getTime() - MAX_AGE_MS) {
    throw new AppError('VALIDATION_FAILED', 'capturedAt must be a real time within the last 7 days', 'capturedAt');
  }
  return at.toISOString();
}
