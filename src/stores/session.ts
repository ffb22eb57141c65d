// Who is signed in: the session token and the user, remembered across launches.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Role, UserView } from '../../types';
import { taroStorage } from '../services/storage';

interface SessionState {
  token: string | null;
  user: UserView | null;
  signIn(token: string, user: UserView): void;
  signOut(): void;
}

export const useSession = create<SessionState>()(
  persist(
    (set) => ({
      token: null,
      user: null,
      signIn: (token, user) => set({ token, user }),
      signOut: () => set({ token: null, user: null }),
    }),
    { name: 'bangban.session', storage: taroStorage },
  ),
);

export const hasRole = (user: UserView | null, ...roles: Role[]): boolean =>
  !!user && user.roles.some((r) => roles.includes(r));
