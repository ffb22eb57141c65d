// The one HTTP client: base URL, session token, idempotency keys on writes, and typed errors.
import Taro from '@tarojs/taro';
import { ERROR_CODES, type ApiErrorBody, type ErrorCode } from '../../types';
import { useSession } from '../stores/session';
import { newIdempotencyKey } from './idempotency-key';

/** H5 is served by the API server itself; the mini-program needs an absolute base (TARO_APP_API_BASE). */
const API_BASE = process.env.TARO_ENV === 'h5' ? '' : (process.env.TARO_APP_API_BASE ?? 'http://127.0.0.1:3000');

export const apiBase = (): string => API_BASE;

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isErrorBody(data: unknown): data is ApiErrorBody {
  if (typeof data !== 'object' || data === null || !('error' in data)) return false;
  const error = (data as { error: unknown }).error;
  return typeof error === 'object' && error !== null && (ERROR_CODES as readonly unknown[]).includes((error as { code?: unknown }).code);
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** writes get a fresh key unless the caller passes one (to retry the same action) */
  idempotencyKey?: string;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const header: Record<string, string> = { 'content-type': 'application/json' };
  const token = useSession.getState().token;
  if (token) header.authorization = `Bearer ${token}`;
  const write = method !== 'GET';
  if (write) header['idempotency-key'] = options.idempotencyKey ?? newIdempotencyKey();

  let response: Taro.request.SuccessCallbackResult<TaroGeneral.IAnyObject | string>;
  try {
    response = await Taro.request<TaroGeneral.IAnyObject | string>({
      url: `${API_BASE}${path}`,
      method,
      header,
      // A JSON write always carries a JSON body, even an empty one: an empty body labelled JSON is malformed.
      data: write ? JSON.stringify(options.body ?? {}) : undefined,
      dataType: 'json',
      timeout: 15000,
    });
  } catch {
    throw new ApiError('NETWORK', 'network unreachable', 0);
  }
  if (response.statusCode >= 200 && response.statusCode < 300) return response.data as T;
  if (isErrorBody(response.data)) {
    if (response.data.error.code === 'UNAUTHENTICATED' || response.data.error.code === 'TOKEN_EXPIRED') {
      useSession.getState().signOut();
    }
    throw new ApiError(response.data.error.code, response.data.error.message, response.statusCode);
  }
  throw new ApiError('INTERNAL', `unexpected response ${response.statusCode}`, response.statusCode);
}
