// One error handler: every failure leaves as { error: { code, message } }; a 5xx never shows its internals.
import fp from 'fastify-plugin';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ApiErrorBody, ErrorCode } from '../../../types';
import { AppError } from '../lib/app-error';

/** The single place where an error code becomes an HTTP status. */
export const STATUS_OF: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  UNAUTHENTICATED: 401,
  TOKEN_EXPIRED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_TRANSITION: 409,
  OFFER_NOT_OPEN: 409,
  SLOT_TAKEN: 409,
  CODE_INVALID: 400,
  CODE_EXPIRED: 400,
  RATE_LIMITED: 429,
  IDEMPOTENCY_KEY_REUSED: 422,
  IDEMPOTENCY_IN_PROGRESS: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  WECHAT_NOT_CONFIGURED: 501,
  WECHAT_LOGIN_FAILED: 502,
  SMS_NOT_SENT: 502,
  HELPER_OFF_DUTY: 409,
  ALREADY_EXISTS: 409,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

interface Classified {
  code: ErrorCode;
  message: string;
  field?: string;
}

function classify(error: FastifyError): Classified {
  if (error instanceof AppError) return { code: error.code, message: error.message, field: error.field };
  if (error.validation) {
    const first = error.validation[0];
    const field = first?.instancePath?.replace(/^\//, '').replace(/\//g, '.') || undefined;
    const extra = first?.params && 'additionalProperty' in first.params ? String(first.params.additionalProperty) : null;
    return {
      code: 'VALIDATION_FAILED',
      message: extra
        ? `unknown field "${extra}"`
        : `${error.validationContext ?? 'request'}${field ? `.${field}` : ''} ${first?.message ?? 'is invalid'}`,
      field: extra ?? field,
    };
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { code: 'MALFORMED_JSON', message: 'the request body is not valid JSON' };
    case 'FST_PARTS_LIMIT':
    case 'FST_FILES_LIMIT':
    case 'FST_FIELDS_LIMIT':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { code: 'PAYLOAD_TOO_LARGE', message: 'the request body is too large' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'send the body as application/json' };
    default:
      break;
  }
  if (error.statusCode === 429) return { code: 'RATE_LIMITED', message: 'too many requests, try again shortly' };
  if (error.statusCode === 413) return { code: 'PAYLOAD_TOO_LARGE', message: 'the file or body is too large' };
  if (error.statusCode === 406 || error.statusCode === 415) {
    return { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'this content type is not accepted here' };
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { code: 'VALIDATION_FAILED', message: error.message };
  }
  return { code: 'INTERNAL', message: 'something went wrong on our side; please try again' };
}

export default fp(
  async function errorHandler(app: FastifyInstance) {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const { code, message, field } = classify(error);
      const status = STATUS_OF[code];
      if (status >= 500) request.log.error({ err: error }, 'request failed');
      else if (error instanceof AppError && error.accessDenied) {
        request.log.warn({ code, userId: request.user?.id, route: request.routeOptions.url }, 'access denied');
      } else request.log.info({ code }, 'request rejected');
      const body: ApiErrorBody = { error: { code, message, requestId: request.id, ...(field ? { field } : {}) } };
      void reply.status(status).send(body);
    });
    app.setNotFoundHandler((request, reply) => {
      const body: ApiErrorBody = {
        error: { code: 'NOT_FOUND', message: `no route ${request.method} ${request.url}`, requestId: request.id },
      };
      void reply.status(404).send(body);
    });
  },
  { name: 'error-handler' },
);
