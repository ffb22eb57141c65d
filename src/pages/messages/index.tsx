import { SignedInPage } from '../../components/SignedInPage';
import { MessageList } from '../../features/messages/MessageList';
import { useT } from '../../i18n';
import { PAGES, openCase } from '../../services/nav';

export default function MessagesPage() {
  const t = useT();
  return (
    <SignedInPage title={t('messages.title')} returnTo={PAGES.messages}>
      {() => <MessageList onOpen={(id) => openCase(id)} />}
    </SignedInPage>
  );
}
