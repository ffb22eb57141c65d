import type { ComplaintListResponse, ComplaintView } from '../../../types';
import { api } from '../../services/http';

export const listComplaints = () => api<ComplaintListResponse>('/api/complaints');
export const fileComplaint = (description: string, requestId: string | null, key: string) =>
  api<ComplaintView>('/api/complaints', { method: 'POST', idempotencyKey: key, body: { description, ...(requestId ? { requestId } : {}) } });
export const triageComplaint = (id: string, note: string) =>
  api<ComplaintView>(`/api/complaints/${encodeURIComponent(id)}/triage`, { method: 'POST', body: { dueWorkingDays: 5, note } });
export const answerComplaint = (id: string, answer: string) =>
  api<ComplaintView>(`/api/complaints/${encodeURIComponent(id)}/answer`, { method: 'POST', body: { answer, resolved: true } });
