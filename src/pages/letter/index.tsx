import { useRouter } from '@tarojs/taro';
import { SignedInPage } from '../../components/SignedInPage';
import { AuthorisationLetterView } from '../../features/track/AuthorisationLetterView';
import { useT } from '../../i18n';
import { PAGES } from '../../services/nav';

// The signed 委托书 as a printable page.
export default function LetterPage() {
  const t = useT();
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : '';
  const aid = params.aid ? decodeURIComponent(params.aid) : '';
  return (
    <SignedInPage title={t('authorisation.title')} returnTo={`${PAGES.letter}?id=${encodeURIComponent(id)}&aid=${encodeURIComponent(aid)}`}>
      {() => <AuthorisationLetterView requestId={id} authorisationId={aid} />}
    </SignedInPage>
  );
}
