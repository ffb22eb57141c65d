import type {
  AgencyDayListResponse,
  AgencyDayView,
  CancelAgencyDayResponse,
  ChangeAgencyDayHelperBody,
  ChangeAgencyDayHelperResponse,
  ChangeAgencyDayPlaceBody,
  ChangeAgencyDayPlaceResponse,
  MarketDayBody,
  CaseBoardResponse,
  DeadlineState,
  DeliveryListResponse,
  DeliveryView,
  EnterpriseArchive,
  EnterpriseBody,
  HelperCreateBody,
  ProjectBody,
  HelperAdminView,
  HelperListResponse,
  HelperUpdateBody,
  MilestoneUpdateBody,
  RatingListResponse,
  RatingView,
  ReassignCandidatesResponse,
  ReplyRatingBody,
  RequestKind,
  ServiceItemBody,
  ServiceItemView,
  StatsResponse,
} from '../../../types';
import { api } from '../../services/http';

export interface BoardFilter {
  deadlineState: DeadlineState | null;
  townshipId: string | null;
  kind: RequestKind | null;
}

export const loadBoard = (f: BoardFilter) => {
  const q = new URLSearchParams();
  if (f.deadlineState) q.set('deadlineState', f.deadlineState);
  if (f.townshipId) q.set('townshipId', f.townshipId);
  if (f.kind) q.set('kind', f.kind);
  const qs = q.toString();
  return api<CaseBoardResponse>(`/api/supervision/cases${qs ? `?${qs}` : ''}`);
};
/** Without a helper the case goes back to dispatch; with one, it is assigned to them. */
export const reassign = (id: string, reason: string, helperId?: string) =>
  api(`/api/supervision/cases/${encodeURIComponent(id)}/reassign`, { method: 'POST', body: { ...(helperId ? { helperId } : {}), reason } });
/** 加急 on or off; the reason goes on the resident's timeline. */
export const setUrgency = (id: string, urgent: boolean, reason: string) =>
  api(`/api/supervision/cases/${encodeURIComponent(id)}/urgency`, { method: 'POST', body: { urgent, reason } });
export const loadCandidates = (caseId: string) => api<ReassignCandidatesResponse>(`/api/supervision/cases/${encodeURIComponent(caseId)}/candidates`);
export const loadStats = () => api<StatsResponse>('/api/supervision/stats');
export const loadBadRatings = () => api<RatingListResponse>('/api/ratings?level=dissatisfied').then(async (a) => {
  const b = await api<RatingListResponse>('/api/ratings?level=very_dissatisfied');
  return [...a.items, ...b.items].sort((x, y) => y.createdAt.localeCompare(x.createdAt));
});
export const verifyRating = (id: string, justified: boolean, reason: string) =>
  api<RatingView>(`/api/ratings/${encodeURIComponent(id)}/verify`, { method: 'POST', body: { justified, reason } });
export const rectifyRating = (id: string, measures: string) => api<RatingView>(`/api/ratings/${encodeURIComponent(id)}/rectify`, { method: 'POST', body: { measures } });
export const replyRating = (id: string, body: ReplyRatingBody) => api<RatingView>(`/api/ratings/${encodeURIComponent(id)}/reply`, { method: 'POST', body });

export const loadHelpers = () => api<HelperListResponse>('/api/supervision/helpers');
/** POST, not PATCH: the mini-program's wx.request has no PATCH. */
export const updateHelper = (id: string, body: HelperUpdateBody) => api<HelperAdminView>(`/api/supervision/helpers/${encodeURIComponent(id)}`, { method: 'POST', body });
export const loadCatalogue = () => api<ServiceItemView[]>('/api/catalogue');
export const createItem = (body: ServiceItemBody) => api<ServiceItemView>('/api/supervision/catalogue', { method: 'POST', body });
export const saveItem = (id: string, body: ServiceItemBody) => api<ServiceItemView>(`/api/supervision/catalogue/${encodeURIComponent(id)}`, { method: 'PUT', body });
/** POST, not PATCH: the mini-program's wx.request has no PATCH. */
export const updateMilestone = (id: number, body: MilestoneUpdateBody) => api<EnterpriseArchive>(`/api/enterprise-milestones/${id}`, { method: 'POST', body });
export const createHelper = (body: HelperCreateBody) => api<HelperAdminView>('/api/supervision/helpers', { method: 'POST', body });
export const createEnterprise = (body: EnterpriseBody) => api<EnterpriseArchive>('/api/enterprises', { method: 'POST', body });
export const addProject = (enterpriseId: string, body: ProjectBody) =>
  api<EnterpriseArchive>(`/api/enterprises/${encodeURIComponent(enterpriseId)}/projects`, { method: 'POST', body });
export const loadFailures = () => api<DeliveryListResponse>('/api/notifications/failures');
export const retryDelivery = (id: number) => api<DeliveryView>(`/api/notifications/failures/${id}/retry`, { method: 'POST' });
export const loadAgencyDays = () => api<AgencyDayListResponse>('/api/supervision/agency-days');
export const addMarketDay = (body: MarketDayBody) => api<AgencyDayView>('/api/supervision/agency-days', { method: 'POST', body });
export const changeAgencyDayHelper = (id: string, body: ChangeAgencyDayHelperBody) =>
  api<ChangeAgencyDayHelperResponse>(`/api/supervision/agency-days/${encodeURIComponent(id)}/helper`, { method: 'POST', body });
export const changeAgencyDayPlace = (id: string, body: ChangeAgencyDayPlaceBody) =>
  api<ChangeAgencyDayPlaceResponse>(`/api/supervision/agency-days/${encodeURIComponent(id)}/place`, { method: 'POST', body });
export const cancelAgencyDay = (id: string, reason: string) =>
  api<CancelAgencyDayResponse>(`/api/supervision/agency-days/${encodeURIComponent(id)}/cancel`, { method: 'POST', body: { reason } });
