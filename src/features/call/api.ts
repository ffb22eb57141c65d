import type { ContactsResponse, RequestDetail } from '../../../types';
import { api } from '../../services/http';

export const loadContacts = () => api<ContactsResponse>('/api/me/contacts');
export const requestCallBack = (villageId: string, key: string) =>
  api<RequestDetail>('/api/requests', { method: 'POST', body: { kind: 'callback', villageId, description: '请给我回电' }, idempotencyKey: key });
