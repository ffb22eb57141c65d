// Browse and search the service catalogue: Chinese, pinyin or initials ("ylbx" finds 养老保险).
import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { ServiceItemView } from '../../../types';
import { errorKey, useT } from '../../i18n';
import { useRemote } from '../../services/use-remote';
import { searchCatalogue } from './api';
import { useLocalName } from '../../i18n/local-name';

export function CatalogueList({ onOpen }: { onOpen(item: ServiceItemView): void }) {
  const t = useT();
  const ln = useLocalName();
  const [query, setQuery] = useState('');
  const results = useRemote(() => searchCatalogue(query), [query]);
  const items = results.data ?? [];
  return (
    <View>
      <View className='field'>
        <Text className='field__label' id='search-label'>{t('catalogue.searchLabel')}</Text>
        <Input className='field__input' value={query} placeholder={t('catalogue.search')} aria-labelledby='search-label' onInput={(e) => setQuery(e.detail.value)} />
      </View>
      {results.error ? <Text className='message' role='alert'>{t(errorKey(results.error))}</Text> : null}
      {results.data && items.length === 0 ? <Text className='message'>{t('catalogue.empty')}</Text> : null}
      <View role='list'>
        {items.map((item) => (
          <View key={item.id} className='card' role='listitem' tabIndex={0} onClick={() => onOpen(item)}>
            <Text className='card__title'>{ln(item.name, item.nameMn)}</Text>
            <Text className='card__text'>{`${ln(item.department, item.departmentMn)} · ${t('catalogue.days', { days: item.timeLimitDays })} · ${ln(item.fee, item.feeMn)}`}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
