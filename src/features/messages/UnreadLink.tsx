// The message centre's entrance, with the unread count in words.
import { View } from '@tarojs/components';
import { useT } from '../../i18n';
import { useUnreadCount } from './MessageList';

export function UnreadLink({ onOpen }: { onOpen(): void }) {
  const t = useT();
  const unread = useUnreadCount();
  return (
    <View className='link-button' role='button' tabIndex={0} onClick={onOpen}>
      {unread > 0 ? t('home.unread', { count: unread }) : t('home.messages')}
    </View>
  );
}
