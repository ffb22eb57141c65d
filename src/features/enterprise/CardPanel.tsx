// 企业数字名片, as the enterprise's contact (or a supervisor) keeps it: issue the link, show its QR code to be scanned
// or copy the link to send, see how often it was opened, and replace or withdraw it (two taps: the old link dies).
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import type { EnterpriseCardState } from '../../../types';
import { BigButton } from '../../components/BigButton';
import { TwoTapButton } from '../../components/TwoTapButton';
import { errorKey, useT } from '../../i18n';
import { ApiError } from '../../services/http';
import { PAGES, go } from '../../services/nav';
import { formatDateTime } from '../../services/time';
import { useRemote } from '../../services/use-remote';
import { issueCard, loadCardState, withdrawCard } from './api';

export function CardPanel({ enterpriseId, name }: { enterpriseId: string; name: string }) {
  const t = useT();
  const loaded = useRemote(() => loadCardState(enterpriseId), [enterpriseId]);
  const [state, setState] = useState<EnterpriseCardState | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setState(loaded.data), [loaded.data]);
  if (loaded.error) return <Text className='message' role='alert'>{t(errorKey(loaded.error))}</Text>;
  if (!state) return <Text className='message'>{t('common.loading')}</Text>;

  const change = async (write: () => Promise<EnterpriseCardState>, done: string | null) => {
    setBusy(true);
    setMessage(null);
    try {
      setState(await write());
      setMessage(done);
    } catch (e) {
      setMessage(t(errorKey(e instanceof ApiError ? e.code : 'INTERNAL')));
    } finally {
      setBusy(false);
    }
  };
  const card = state.card;
  const copy = (url: string) =>
    Taro.setClipboardData({ data: url }).then(
      () => setMessage(t('card.copied')),
      () => setMessage(null),
    );
  return (
    <View className='card' role='group' aria-label={t('card.title')}>
      <Text className='card__title'>{t('card.title')}</Text>
      <Text className='card__text'>{t('card.what')}</Text>
      {card ? (
        <View>
          {/* H5: a plain img, so the code has its alt text (Taro's Image wraps an img that has none) */}
          {process.env.TARO_ENV === 'h5' ? (
            <img className='qr-code' src={card.qrDataUrl} alt={t('card.qrAlt', { name })} />
          ) : (
            <Image className='qr-code' src={card.qrDataUrl} mode='aspectFit' aria-label={t('card.qrAlt', { name })} />
          )}
          <Text className='card__text card-link' selectable>{card.url}</Text>
          <Text className='card__text'>
            {[t('card.views', { count: card.views }), card.lastViewedAt ? t('card.lastViewed', { time: formatDateTime(card.lastViewedAt) }) : null].filter(Boolean).join('，')}
          </Text>
          <BigButton label={t('card.copy')} onClick={() => void copy(card.url)} />
          <BigButton label={t('card.open')} variant='secondary' onClick={() => go(`${PAGES.card}?t=${card.token}`)} />
          <TwoTapButton label={t('card.replace')} question={t('card.replaceQuestion')} confirmLabel={t('card.replaceYes')} onConfirm={() => change(() => issueCard(enterpriseId), t('card.replaced'))} />
          <TwoTapButton label={t('card.withdraw')} question={t('card.withdrawQuestion')} confirmLabel={t('card.withdrawYes')} onConfirm={() => change(() => withdrawCard(enterpriseId), t('card.withdrawn'))} />
        </View>
      ) : (
        <BigButton label={t('card.issue')} loading={busy} disabled={busy} onClick={() => void change(() => issueCard(enterpriseId), null)} />
      )}
      {message ? <Text className='message' role='status'>{message}</Text> : null}
    </View>
  );
}
