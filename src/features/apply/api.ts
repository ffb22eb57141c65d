import type { CreateRequestBody, RequestDetail, ServiceItemView, UploadView } from '../../../types';
import { api } from '../../services/http';
import { uploadFile, type LocalFile } from '../../services/platform/upload';

export const searchCatalogue = (q: string) => api<ServiceItemView[]>(`/api/catalogue?q=${encodeURIComponent(q)}`);
export const loadItem = (id: string) => api<ServiceItemView>(`/api/catalogue/${encodeURIComponent(id)}`);
export const uploadPhoto = (file: LocalFile, filename: string): Promise<UploadView> => uploadFile('photo', file, filename);
export const uploadSignature = (file: LocalFile): Promise<UploadView> => uploadFile('signature', file, 'signature.png');
export const submitApplication = (body: CreateRequestBody, key: string) => api<RequestDetail>('/api/requests', { method: 'POST', body, idempotencyKey: key });
