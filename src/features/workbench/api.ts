import type { AcceptResponse, AuthorisationKind, AuthorisationLetter, DutyResponse, EnterpriseArchive, MilestoneUpdateBody, MyMilestoneListResponse, OfferListResponse, OfferView, TaskListResponse } from '../../../types';
import { api } from '../../services/http';

export const listOffers = () => api<OfferListResponse>('/api/offers');
export const listTasks = () => api<TaskListResponse>('/api/tasks');
export const acceptOffer = (id: string) => api<AcceptResponse>(`/api/offers/${encodeURIComponent(id)}/accept`, { method: 'POST' });
export const declineOffer = (id: string, reason: string) =>
  api<OfferView>(`/api/offers/${encodeURIComponent(id)}/decline`, { method: 'POST', body: { reason } });
export const getDuty = () => api<DutyResponse>('/api/me/duty');
export const setDuty = (onDuty: boolean) => api<DutyResponse>('/api/me/duty', { method: 'POST', body: { onDuty } });
export const getLetter = (requestId: string, kind: AuthorisationKind) =>
  api<AuthorisationLetter>(`/api/requests/${encodeURIComponent(requestId)}/authorisation-letter?kind=${kind}`);
/** 一企一档: the milestones assigned to me, and an update to one of them (POST: the mini-program has no PATCH). */
export const listMyMilestones = () => api<MyMilestoneListResponse>('/api/me/milestones');
export const updateMyMilestone = (id: number, body: MilestoneUpdateBody) => api<EnterpriseArchive>(`/api/enterprise-milestones/${id}`, { method: 'POST', body });
