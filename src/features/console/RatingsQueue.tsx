// 差评 to work through: verify (justified or not, why), rectify within 15 working days, reply (and call back a
// real-name rater). The resident sees each step on their case.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { RatingView } from '../../../types';
import { NoteAction } from '../../components/NoteAction';
import { errorKey, useT, type Translate } from '../../i18n';
import { ApiError } from '../../services/http';
import { formatDateTime } from '../../services/time';
import { useRemote } from '../../services/use-remote';
import { loadBadRatings, rectifyRating, replyRating, verifyRating } from './api';

/**
 * Level, who rated, what for and whose work it was: the helper is who a bad rating is about, so the supervisor
 * verifying it needs the name. A call-back has no service item (it once left the title ending in " · ").
 */
function ratingTitle(t: Translate, r: RatingView): string {
  const parts = [t(`rating.level.${r.level}`), r.raterName ?? t('rating.anonymous'), r.serviceItemName, r.helperName ? t('rating.aboutHelper', { name: r.helperName }) : null];
  return parts.filter((p): p is string => Boolean(p)).join(' · ');
}

export function RatingsQueue() {
  const t = useT();
  const ratings = useRemote(loadBadRatings, []);
  const [message, setMessage] = useState<string | null>(null);
  const act = (p: Promise<unknown>) => void p.then(ratings.reload, (e: unknown) => setMessage(t(errorKey(e instanceof ApiError ? e.code : 'INTERNAL'))));
  const actions = (r: RatingView) => {
    const status = r.review?.status;
    if (status === 'verifying') {
      return (
        <View className='row'>
          <NoteAction key='justified' label={t('rating.justified')} placeholder={t('workbench.why')} onConfirm={(why) => act(verifyRating(r.id, true, why))} />
          <NoteAction label={t('rating.notJustified')} placeholder={t('workbench.why')} onConfirm={(why) => act(verifyRating(r.id, false, why))} />
        </View>
      );
    }
    // Each step gets its own key: a step's open note field must not carry over to the next step.
    if (status === 'rectifying') return <NoteAction key='rectify' label={t('rating.rectify')} placeholder={t('rating.measures')} onConfirm={(m) => act(rectifyRating(r.id, m))} />;
    if (status === 'awaiting_reply') {
      return (
        <NoteAction
          key='reply'
          label={t('rating.reply')}
          placeholder={t('rating.replyText')}
          onConfirm={(reply) => act(replyRating(r.id, { reply, ...(r.anonymous ? {} : { callBack: 'reached' as const }) }))}
        />
      );
    }
    return null;
  };
  return (
    <View>
      {ratings.error ? <Text className='message' role='alert'>{t(errorKey(ratings.error))}</Text> : null}
      {ratings.data && ratings.data.length === 0 ? <Text className='message'>{t('rating.none')}</Text> : null}
      {(ratings.data ?? []).map((r) => (
        <View key={r.id} className='card'>
          <Text className='card__title'>{ratingTitle(t, r)}</Text>
          {r.comment ? <Text className='card__text'>{r.comment}</Text> : null}
          <Text className='card__text badge'>
            {`${t(`rating.review.${r.review?.status ?? 'closed'}`)}${r.review?.rectifyWorkingDaysLeft !== null && r.review?.rectifyWorkingDaysLeft !== undefined ? ` · ${t('rating.daysLeft', { days: r.review.rectifyWorkingDaysLeft })}` : ''} · ${formatDateTime(r.createdAt)}`}
          </Text>
          {actions(r)}
        </View>
      ))}
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
