// Supervisor: every request and where it stands (the full console is its own issue).
import { Text, View } from '@tarojs/components';
import type { RequestSummary } from '../../../types';
import { errorKey, useT } from '../../i18n';
import { formatDateTime } from '../../services/time';
import { useRemote } from '../../services/use-remote';
import { api } from '../../services/http';
import type { RequestListResponse } from '../../../types';

const listAll = () => api<RequestListResponse>('/api/requests');

export function CaseTable({ onOpen }: { onOpen(request: RequestSummary): void }) {
  const t = useT();
  const cases = useRemote(listAll, [], 30_000);
  const items = cases.data?.items ?? [];
  return (
    <View>
      <Text className='section-title'>{t('console.allCases')}</Text>
      {cases.error ? <Text className='message' role='alert'>{t(errorKey(cases.error))}</Text> : null}
      {!cases.loading && items.length === 0 ? <Text className='message'>{t('console.noCases')}</Text> : null}
      <View role='list'>
        {items.map((r) => (
          <View key={r.id} className='card' role='listitem' tabIndex={0} onClick={() => onOpen(r)}>
            <Text className='card__title'>{r.description}</Text>
            <Text className='card__text'>
              {t(`kind.${r.kind}`)} · {t(`status.${r.status}`)} · {r.townshipName} {r.villageName} · {formatDateTime(r.updatedAt)}
            </Text>
          </View>
        ))}
      </View>
    </View>
  );
}
