import type { AcceptResponse, OfferListResponse, OfferView, RequestListResponse } from '../../../types';
import { api } from '../../services/http';

export const listOffers = () => api<OfferListResponse>('/api/offers');
export const listMyTasks = () => api<RequestListResponse>('/api/requests');
export const acceptOffer = (id: string) => api<AcceptResponse>(`/api/offers/${encodeURIComponent(id)}/accept`, { method: 'POST' });
export const declineOffer = (id: string, reason: string) =>
  api<OfferView>(`/api/offers/${encodeURIComponent(id)}/decline`, { method: 'POST', body: { reason } });
