// Charts a supervisor reads at a glance, drawn as plain SVG (no chart library in the bundle): requests per day, the
// key rates as labelled bars, and each helper's load against capacity. Every bar also carries its number in words.
import { Text, View } from '@tarojs/components';
import { RATING_LEVELS, REQUEST_KINDS, type RateCount, type StatsResponse } from '../../../types';
import { useT } from '../../i18n';

function percent(rate: RateCount): string {
  return rate.rate === null ? '—' : `${Math.round(rate.rate * 100)}%`;
}

function Bars({ label, values }: { label: string; values: { name: string; value: number }[] }) {
  const max = Math.max(1, ...values.map((v) => v.value));
  const width = 340;
  const barW = Math.max(2, Math.floor(width / Math.max(1, values.length)) - 2);
  return (
    <svg className='chart' viewBox={`0 0 ${width} 120`} role='img' aria-label={`${label}：${values.map((v) => `${v.name} ${v.value}`).join('，')}`}>
      {values.map((v, i) => {
        const h = Math.round((v.value / max) * 100);
        return <rect key={v.name} x={i * (barW + 2)} y={110 - h} width={barW} height={h} fill='#0b57a4' />;
      })}
      <line x1='0' y1='110' x2={width} y2='110' stroke='#333' strokeWidth='1' />
    </svg>
  );
}

export function Charts({ stats }: { stats: StatsResponse }) {
  const t = useT();
  const rates: [string, RateCount][] = [
    [t('console.onTimeRate'), stats.onTimeRate],
    [t('console.goodRate'), stats.quality.goodRate],
    [t('console.rectifyRate'), stats.quality.onTimeRectificationRate],
    [t('console.replyRate'), stats.quality.replyRate],
  ];
  return (
    <View>
      <Text className='section-title'>{t('console.requestsPerDay', { from: stats.from, to: stats.to })}</Text>
      {process.env.TARO_ENV === 'h5' ? (
        <Bars label={t('console.requestsPerDay', { from: stats.from, to: stats.to })} values={stats.requestsPerDay.map((d) => ({ name: d.day, value: d.total }))} />
      ) : null}
      <Text className='message'>
        {REQUEST_KINDS.map((k) => `${t(`kind.${k}`)} ${stats.requestsPerDay.reduce((sum, d) => sum + d.byKind[k], 0)}`).join(' · ')}
      </Text>
      <Text className='section-title'>{t('console.ratingsPerDay')}</Text>
      {process.env.TARO_ENV === 'h5' ? (
        <Bars
          label={t('console.ratingsPerDay')}
          values={stats.ratingsPerDay.map((d) => ({ name: d.day, value: d.byLevel.dissatisfied + d.byLevel.very_dissatisfied }))}
        />
      ) : null}
      <Text className='message'>
        {RATING_LEVELS.map((l) => `${t(`rating.level.${l}`)} ${stats.ratingsPerDay.reduce((sum, d) => sum + d.byLevel[l], 0)}`).join(' · ')}
      </Text>
      <View role='list'>
        {rates.map(([name, rate]) => (
          <View key={name} className='rate-row' role='listitem'>
            <Text className='card__text'>{`${name}：${percent(rate)}（${rate.count}/${rate.of}）`}</Text>
            <View className='rate-bar' aria-hidden='true'>
              <View className='rate-bar__fill' style={{ width: `${Math.round((rate.rate ?? 0) * 100)}%` }} />
            </View>
          </View>
        ))}
      </View>
      <Text className='section-title'>{t('console.helperLoad')}</Text>
      <View role='list'>
        {stats.helperLoad.map((h) => (
          <View key={h.helperId} className='rate-row' role='listitem'>
            <Text className='card__text'>{t('console.load', { name: h.name, open: h.openTasks, capacity: h.capacityPerDay, overdue: h.overdue })}</Text>
            <View className='rate-bar' aria-hidden='true'>
              <View className='rate-bar__fill' style={{ width: `${Math.min(100, Math.round((h.openTasks / Math.max(1, h.capacityPerDay)) * 100))}%` }} />
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}
