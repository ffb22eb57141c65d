import type { AvailabilityResponse, CreateRequestBody, RequestDetail, ServiceItemView, UploadView } from '../../../types';
import { api } from '../../services/http';
import { uploadFile, type LocalFile } from '../../services/platform/upload';

export const loadAvailability = (villageId: string) => api<AvailabilityResponse>(`/api/availability?villageId=${encodeURIComponent(villageId)}`);
export const loadCatalogue = () => api<ServiceItemView[]>('/api/catalogue');
export const uploadVoice = (file: LocalFile, filename: string): Promise<UploadView> => uploadFile('voice', file, filename);
export const book = (body: CreateRequestBody, key: string) => api<RequestDetail>('/api/requests', { method: 'POST', body, idempotencyKey: key });
