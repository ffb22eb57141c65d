// Monthly report files: the cases and the ratings of a month as CSV (fetched with the session, saved by the browser).
import { View } from '@tarojs/components';
import { useT } from '../../i18n';
import { today } from '../../services/time';
import { download } from '../../services/platform/files';

export function ExportLinks() {
  const t = useT();
  if (process.env.TARO_ENV !== 'h5') return null;
  const month = today().slice(0, 7);
  return (
    <View className='row'>
      <View className='choice' role='button' tabIndex={0} onClick={() => void download(`/api/supervision/export/cases.csv?month=${month}`, `cases-${month}.csv`)}>
        {t('console.exportCases', { month })}
      </View>
      <View className='choice' role='button' tabIndex={0} onClick={() => void download(`/api/supervision/export/ratings.csv?month=${month}`, `ratings-${month}.csv`)}>
        {t('console.exportRatings', { month })}
      </View>
    </View>
  );
}
