import type { AddFamilyBody, AddFamilyResponse, FamilyLinkView, FamilyListResponse } from '../../../types';
import { api } from '../../services/http';

export const listFamily = () => api<FamilyListResponse>('/api/family');
export const addFamily = (body: AddFamilyBody) => api<AddFamilyResponse>('/api/family', { method: 'POST', body });
export const confirmFamily = (id: string, code: string) =>
  api<FamilyLinkView>(`/api/family/${encodeURIComponent(id)}/confirm`, { method: 'POST', body: { code } });
