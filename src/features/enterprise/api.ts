import type { EnterpriseArchive, EnterpriseCard, EnterpriseCardState, EnterpriseListResponse } from '../../../types';
import { api } from '../../services/http';

export const listEnterprises = () => api<EnterpriseListResponse>('/api/enterprises');
export const loadArchive = (id: string) => api<EnterpriseArchive>(`/api/enterprises/${encodeURIComponent(id)}`);

const cardOf = (id: string) => `/api/enterprises/${encodeURIComponent(id)}/card`;
export const loadCardState = (id: string) => api<EnterpriseCardState>(cardOf(id));
export const issueCard = (id: string) => api<EnterpriseCardState>(cardOf(id), { method: 'POST' });
export const withdrawCard = (id: string) => api<EnterpriseCardState>(cardOf(id), { method: 'DELETE' });
/** The card behind a shared link: no account needed. */
export const openCard = (token: string) => api<EnterpriseCard>(`/api/cards/${encodeURIComponent(token)}`);
