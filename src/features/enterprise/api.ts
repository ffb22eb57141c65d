import type { EnterpriseArchive, EnterpriseListResponse } from '../../../types';
import { api } from '../../services/http';

export const listEnterprises = () => api<EnterpriseListResponse>('/api/enterprises');
export const loadArchive = (id: string) => api<EnterpriseArchive>(`/api/enterprises/${encodeURIComponent(id)}`);
