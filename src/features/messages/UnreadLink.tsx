// The message centre's entrance, with the unread count in words. On the home screen: it leaves the list itself (and
// its date formatting) to the message page's code.
import { View } from '@tarojs/components';
import { useT } from '../../i18n';
import { useRemote } from '../../services/use-remote';
import { listMessages } from './api';

function useUnreadCount(): number {
  return useRemote(listMessages, [], 30_000).data?.unread ?? 0;
}

export function UnreadLink({ onOpen }: { onOpen(): void }) {
  const t = useT();
  const unread = useUnreadCount();
  return (
    <View className='link-button' role='button' tabIndex={0} onClick={onOpen}>
      {unread > 0 ? t('home.unread', { count: unread }) : t('home.messages')}
    </View>
  );
}
