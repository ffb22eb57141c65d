// The banner's townships and villages: reference data every form that asks "where" needs.
import type { TownshipView } from '../../types';
import { api } from './http';
import { useRemote } from './use-remote';

const loadPlaces = () => api<TownshipView[]>('/api/places');

export function usePlaces(): TownshipView[] {
  return useRemote(loadPlaces, []).data ?? [];
}
