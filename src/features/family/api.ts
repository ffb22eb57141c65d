import type { AddFamilyBody, AddFamilyResponse, FamilyLinkView, FamilyListResponse } from '../../../types';
import { api } from '../../services/http';

const linkUrl = (id: string, action: string) => `/api/family/${encodeURIComponent(id)}/${action}`;

export const listFamily = () => api<FamilyListResponse>('/api/family');
export const addFamily = (body: AddFamilyBody) => api<AddFamilyResponse>('/api/family', { method: 'POST', body });
export const confirmFamily = (id: string, code: string) => api<FamilyLinkView>(linkUrl(id, 'confirm'), { method: 'POST', body: { code } });
/** a new code for a member who has not confirmed yet */
export const resendFamilyCode = (id: string) => api<AddFamilyResponse>(linkUrl(id, 'resend'), { method: 'POST', body: {} });
/** either side ends the link: it grants nothing from then on */
export const endFamilyLink = (id: string) => api<FamilyLinkView>(linkUrl(id, 'end'), { method: 'POST', body: {} });
