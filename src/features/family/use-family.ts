import { useRemote } from '../../services/use-remote';
import { listFamily } from './api';

/** The family members the signed-in person may act for (pages pass them to the booking and application forms). */
export function useFamilyLinks() {
  const remote = useRemote(listFamily, []);
  return remote.data?.items ?? [];
}
