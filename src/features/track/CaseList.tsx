// My cases: each with its current status in words.
import { Text, View } from '@tarojs/components';
import type { RequestSummary } from '../../../types';
import { useT, errorKey } from '../../i18n';
import { useRemote } from '../../services/use-remote';
import { formatDateTime } from '../../services/time';
import { listRequests } from './api';
import { useLocalName } from '../../i18n/local-name';

export function CaseList({ onOpen }: { onOpen(request: RequestSummary): void }) {
  const t = useT();
  const ln = useLocalName();
  const { data, error, loading } = useRemote(listRequests, []);
  if (loading && !data) return <Text className='message'>{t('common.loading')}</Text>;
  if (error) return <Text className='message' role='alert'>{t(errorKey(error))}</Text>;
  const items = data?.items ?? [];
  if (items.length === 0) return <Text className='message'>{t('cases.empty')}</Text>;
  return (
    <View role='list'>
      {items.map((r) => (
        <View key={r.id} className='card' role='listitem' tabIndex={0} aria-label={`${r.description} ${t(`status.${r.status}`)}`} onClick={() => onOpen(r)}>
          <Text className='card__title'>{r.description}</Text>
          <Text className='card__text'>
            {t(`kind.${r.kind}`)} · {t(`status.${r.status}`)}
          </Text>
          <Text className='card__text'>
            {ln(r.townshipName, r.townshipNameMn)} {ln(r.villageName, r.villageNameMn)} · {formatDateTime(r.createdAt)}
          </Text>
        </View>
      ))}
    </View>
  );
}
