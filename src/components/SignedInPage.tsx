// A page that needs a session: sends a visitor to sign in and back, otherwise renders the page shell and title.
import { useEffect, type ReactNode } from 'react';
import { Text } from '@tarojs/components';
import type { UserView } from '../../types';
import { toSignIn } from '../services/nav';
import { useSession } from '../stores/session';
import { PageShell } from './PageShell';

export function SignedInPage({ title, returnTo, children }: { title: string; returnTo: string; children(user: UserView): ReactNode }) {
  const user = useSession((s) => s.user);
  useEffect(() => {
    if (!user) toSignIn(returnTo);
  }, [user, returnTo]);
  if (!user) return null;
  return (
    <PageShell>
      <Text className='page__title'>{title}</Text>
      {children(user)}
    </PageShell>
  );
}
