// Offers waiting for this helper: what, where, why them, how long is left; accept, or decline with a reason.
import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { RequestSummary } from '../../../types';
import { BigButton } from '../../components/BigButton';
import { ChoiceList } from '../../components/ChoiceList';
import { errorKey, useT } from '../../i18n';
import { ApiError } from '../../services/http';
import { useRemote } from '../../services/use-remote';
import { acceptOffer, declineOffer, listOffers } from './api';
import { useLocalName } from '../../i18n/local-name';

const REFRESH_MS = 15_000;
const DECLINE_REASONS = ['workbench.reason.away', 'workbench.reason.full', 'workbench.reason.skill', 'workbench.reason.ill'] as const;

function useNow(everyMs: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

export function OfferList({ onAccepted }: { onAccepted(request: RequestSummary): void }) {
  const t = useT();
  const ln = useLocalName();
  const offers = useRemote(listOffers, [], REFRESH_MS);
  const now = useNow(1000);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [declining, setDeclining] = useState<string | null>(null);
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
      setDeclining(null);
      offers.reload();
    }
  };

  const items = offers.data?.items ?? [];
  return (
    <View>
      <Text className='section-title'>{t('workbench.offers')}</Text>
      {offers.error ? <Text className='message' role='alert'>{t(errorKey(offers.error))}</Text> : null}
      {!offers.loading && items.length === 0 ? <Text className='message'>{t('workbench.noOffers')}</Text> : null}
      {items.map((offer) => {
        const secondsLeft = Math.max(0, Math.round((new Date(offer.expiresAt).getTime() - now) / 1000));
        return (
          <View key={offer.id} className='card'>
            <Text className='card__title'>{`${offer.request.urgent ? `【${t('workbench.urgent')}】` : ''}${offer.request.description}`}</Text>
            <Text className='card__text'>{`${t(`kind.${offer.request.kind}`)} · ${ln(offer.request.townshipName, offer.request.townshipNameMn)} ${ln(offer.request.villageName, offer.request.villageNameMn)}`}</Text>
            <Text className='card__text'>{t('workbench.reason', { reason: offer.reason })}</Text>
            <Text className='card__text badge' role='timer'>
              {t('workbench.timeLeft', { minutes: Math.floor(secondsLeft / 60), seconds: String(secondsLeft % 60).padStart(2, '0') })}
            </Text>
            <BigButton label={t('workbench.accept')} disabled={busyId === offer.id} onClick={() => act(offer.id, () => acceptOffer(offer.id), () => onAccepted(offer.request))} />
            {declining === offer.id ? (
              <ChoiceList
                label={t('workbench.declineWhy')}
                choices={DECLINE_REASONS.map((k) => ({ id: k, label: t(k) }))}
                selected={null}
                onSelect={(k) => act(offer.id, () => declineOffer(offer.id, t(k as (typeof DECLINE_REASONS)[number])))}
              />
            ) : (
              <BigButton label={t('workbench.decline')} variant='secondary' disabled={busyId === offer.id} onClick={() => setDeclining(offer.id)} />
            )}
          </View>
        );
      })}
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
