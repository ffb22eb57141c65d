// Offers waiting for this helper: what, where, why them, until when; accept or decline.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { RequestSummary } from '../../../types';
import { BigButton } from '../../components/BigButton';
import { errorKey, useT } from '../../i18n';
import { ApiError } from '../../services/http';
import { formatDateTime } from '../../services/time';
import { useRemote } from '../../services/use-remote';
import { acceptOffer, declineOffer, listOffers } from './api';

const REFRESH_MS = 15_000;

export function OfferList({ onAccepted }: { onAccepted(request: RequestSummary): void }) {
  const t = useT();
  const offers = useRemote(listOffers, [], REFRESH_MS);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const act = async (id: string, action: () => Promise<unknown>, after?: () => void) => {
    setBusyId(id);
    setMessage(null);
    try {
      await action();
      after?.();
    } catch (error) {
      setMessage(t(errorKey(error instanceof ApiError ? error.code : 'INTERNAL')));
    } finally {
      setBusyId(null);
      offers.reload();
    }
  };

  const items = offers.data?.items ?? [];
  return (
    <View>
      <Text className='section-title'>{t('workbench.offers')}</Text>
      {offers.error ? <Text className='message' role='alert'>{t(errorKey(offers.error))}</Text> : null}
      {!offers.loading && items.length === 0 ? <Text className='message'>{t('workbench.noOffers')}</Text> : null}
      {items.map((offer) => (
        <View key={offer.id} className='card'>
          <Text className='card__title'>{offer.request.description}</Text>
          <Text className='card__text'>
            {t(`kind.${offer.request.kind}`)} · {offer.request.townshipName} {offer.request.villageName}
          </Text>
          <Text className='card__text'>{t('workbench.reason', { reason: offer.reason })}</Text>
          <Text className='card__text'>{t('workbench.expiresAt', { time: formatDateTime(offer.expiresAt) })}</Text>
          <BigButton
            label={t('workbench.accept')}
            disabled={busyId === offer.id}
            onClick={() => act(offer.id, () => acceptOffer(offer.id), () => onAccepted(offer.request))}
          />
          <BigButton
            label={t('workbench.decline')}
            variant='secondary'
            disabled={busyId === offer.id}
            onClick={() => act(offer.id, () => declineOffer(offer.id, t('workbench.declineReason')))}
          />
        </View>
      ))}
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
