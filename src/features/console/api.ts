import type { CaseBoardResponse, DeadlineState, RequestKind, RatingListResponse, RatingView, ReplyRatingBody, StatsResponse } from '../../../types';
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
export const reassign = (id: string, reason: string) => api(`/api/supervision/cases/${encodeURIComponent(id)}/reassign`, { method: 'POST', body: { reason } });
export const loadStats = () => api<StatsResponse>('/api/supervision/stats');
export const loadBadRatings = () => api<RatingListResponse>('/api/ratings?level=dissatisfied').then(async (a) => {
  const b = await api<RatingListResponse>('/api/ratings?level=very_dissatisfied');
  return [...a.items, ...b.items].sort((x, y) => y.createdAt.localeCompare(x.createdAt));
});
export const verifyRating = (id: string, justified: boolean, reason: string) =>
  api<RatingView>(`/api/ratings/${encodeURIComponent(id)}/verify`, { method: 'POST', body: { justified, reason } });
export const rectifyRating = (id: string, measures: string) => api<RatingView>(`/api/ratings/${encodeURIComponent(id)}/rectify`, { method: 'POST', body: { measures } });
export const replyRating = (id: string, body: ReplyRatingBody) => api<RatingView>(`/api/ratings/${encodeURIComponent(id)}/reply`, { method: 'POST', body });
