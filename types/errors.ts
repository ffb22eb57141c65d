// The closed set of error codes that cross the API. The server picks the HTTP status in its routes; the app maps
// each code to a message a resident understands (src/i18n).

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'UNAUTHENTICATED',
  'TOKEN_EXPIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_TRANSITION',
  'OFFER_NOT_OPEN',
  'SLOT_TAKEN',
  'CODE_INVALID',
  'CODE_EXPIRED',
  'RATE_LIMITED',
  'IDEMPOTENCY_KEY_REUSED',
  'IDEMPOTENCY_IN_PROGRESS',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'WECHAT_NOT_CONFIGURED',
  'WECHAT_LOGIN_FAILED',
  /** the SMS vendor refused or did not answer: a code the person waits for did not go out */
  'SMS_NOT_SENT',
  /** a supervisor named a helper who is off duty */
  'HELPER_OFF_DUTY',
  /** the thing is already on file (a helper's phone, an enterprise's credit code) */
  'ALREADY_EXISTS',
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    /** which field was wrong, for validation failures */
    field?: string;
    requestId?: string;
  };
}
