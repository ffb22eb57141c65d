import type { CreateRequestBody, RequestDetail, TownshipView } from '../../../types';
import { api } from '../../services/http';

export const loadPlaces = () => api<TownshipView[]>('/api/places');

export const createRequest = (body: CreateRequestBody, idempotencyKey: string) =>
  api<RequestDetail>('/api/requests', { method: 'POST', body, idempotencyKey });
