// 好差评: after delivery the resident rates on the national five-level scale, by name or anonymously; a bad rating's
// verification, rectification and reply then show here.
import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { RATING_LEVELS, type RatingLevel, type RatingView, type RequestDetail } from '../../../types';
import { BigButton } from '../../components/BigButton';
import { ChoiceList } from '../../components/ChoiceList';
import { errorKey, useT } from '../../i18n';
import { api, ApiError } from '../../services/http';
import { newIdempotencyKey } from '../../services/idempotency-key';
import { useRemote } from '../../services/use-remote';

export function RatingPanel({ detail, onRated }: { detail: RequestDetail; onRated(): void }) {
  const t = useT();
  const existing = useRemote(() => (detail.status === 'rated' ? api<RatingView>(`/api/requests/${encodeURIComponent(detail.id)}/rating`) : Promise.resolve(null)), [detail.id, detail.status]);
  const [level, setLevel] = useState<RatingLevel | null>(null);
  const [comment, setComment] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [key] = useState(newIdempotencyKey);

  const r = existing.data;
  if (r) {
    const review = r.review;
    return (
      <View className='card'>
        <Text className='card__title'>{t('rating.yours', { level: t(`rating.level.${r.level}`) })}</Text>
        {review ? <Text className='card__text badge'>{t(`rating.review.${review.status}`)}</Text> : null}
        {review?.rectification ? <Text className='card__text'>{t('rating.rectification', { text: review.rectification })}</Text> : null}
        {review?.reply ? <Text className='card__text'>{t('rating.replyShown', { text: review.reply })}</Text> : null}
      </View>
    );
  }
  if (detail.status !== 'result_delivered') return null;
  const submit = async () => {
    if (!level) return setMessage(t('rating.pick'));
    try {
      await api(`/api/requests/${encodeURIComponent(detail.id)}/rating`, { method: 'POST', idempotencyKey: key, body: { level, anonymous, ...(comment.trim() ? { comment: comment.trim() } : {}) } });
      onRated();
    } catch (e) {
      setMessage(t(errorKey(e instanceof ApiError ? e.code : 'INTERNAL')));
    }
  };
  return (
    <View className='card'>
      <Text className='card__title'>{t('rating.title')}</Text>
      <ChoiceList label={t('rating.title')} choices={RATING_LEVELS.map((l) => ({ id: l, label: t(`rating.level.${l}`) }))} selected={level} onSelect={(id) => setLevel(RATING_LEVELS.find((l) => l === id) ?? null)} />
      <Textarea className='field__textarea' value={comment} maxlength={500} placeholder={t('rating.comment')} aria-label={t('rating.comment')} onInput={(e) => setComment(e.detail.value)} />
      <ChoiceList label={t('rating.anonymousLabel')} choices={[{ id: 'anon', label: t('rating.anonymousLabel') }]} selected={anonymous ? 'anon' : null} onSelect={() => setAnonymous(!anonymous)} />
      <BigButton label={t('rating.submit')} onClick={() => void submit()} />
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
