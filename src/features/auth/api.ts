import type { CodeRequestResponse, SessionResponse } from '../../../types';
import { api } from '../../services/http';

export const requestCode = (phone: string) =>
  api<CodeRequestResponse>('/api/auth/code', { method: 'POST', body: { phone } });

export const verifyCode = (phone: string, code: string) =>
  api<SessionResponse>('/api/auth/verify', { method: 'POST', body: { phone, code } });
