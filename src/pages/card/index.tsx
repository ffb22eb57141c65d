// 企业数字名片, opened from its link or QR code. Public: whoever holds the link reads it without signing in.
import { useEffect } from 'react';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { DisplaySettings } from '../../components/DisplaySettings';
import { PageShell } from '../../components/PageShell';
import { CardView } from '../../features/enterprise/CardView';
import { openCard } from '../../features/enterprise/api';
import { errorKey, useT } from '../../i18n';
import { PAGES } from '../../services/nav';
import { useRemote } from '../../services/use-remote';

export default function CardPage() {
  const t = useT();
  const { params } = useRouter();
  const token = params.t ?? '';
  const card = useRemote(() => openCard(token), [token]);
  // Mini-program: 转发 passes the card on as the same page with the same link.
  useShareAppMessage(() => ({ title: card.data?.name ?? t('card.title'), path: `${PAGES.card}?t=${token}` }));
  const name = card.data?.name;
  // The tab (H5) and the title bar carry the enterprise's name, as a shared card should.
  useEffect(() => {
    if (name) void Taro.setNavigationBarTitle({ title: name });
  }, [name]);
  return (
    <PageShell>
      {card.error === 'NOT_FOUND' || card.error === 'VALIDATION_FAILED' ? (
        <Text className='message' role='alert'>{t('card.gone')}</Text>
      ) : card.error ? (
        <Text className='message' role='alert'>{t(errorKey(card.error))}</Text>
      ) : card.data ? (
        <CardView card={card.data} />
      ) : (
        <Text className='message'>{t('common.loading')}</Text>
      )}
      <DisplaySettings />
    </PageShell>
  );
}
