// What the case holds besides its steps: the legal deadline in working days, the booked visit, where to find the
// resident, the voice note, the materials with their 容缺 dates and photos, the call-back attempts, and the custody
// chain with its 代缴 money.
import { Text, View } from '@tarojs/components';
import type { RequestDetail } from '../../../types';
import { AudioPlayer } from '../../components/AudioPlayer';
import { useT } from '../../i18n';
import { formatDateTime } from '../../services/time';
import { PAGES, go } from '../../services/nav';
import { MoneyLedger, moneyLine } from './MoneyTrail';

export function CaseFacts({ detail }: { detail: RequestDetail }) {
  const t = useT();
  const d = detail;
  return (
    <View>
      {d.urgent ? <Text className='message badge'>{t('case.urgent')}</Text> : null}
      {d.urgencyAsked ? <Text className='message badge'>{t('case.urgencyAsked')}</Text> : null}
      {d.legalDeadline ? (
        <Text className='message badge'>
          {d.legalDeadline.workingDaysLeft >= 0
            ? t('case.deadline', { date: d.legalDeadline.date, days: d.legalDeadline.workingDaysLeft })
            : t('case.overdue', { days: -d.legalDeadline.workingDaysLeft })}
        </Text>
      ) : null}
      {d.booking ? (
        <Text className='message'>
          {d.booking.place
            ? t('case.bookingAgency', { day: d.booking.day, start: d.booking.start, end: d.booking.end, place: d.booking.place })
            : t('case.booking', { day: d.booking.day, start: d.booking.start, end: d.booking.end })}
        </Text>
      ) : null}
      {d.landmark ? <Text className='message'>{t('case.landmark', { text: d.landmark })}</Text> : null}
      {d.voiceNote ? (
        <View className='field'>
          <Text className='field__label'>{t('case.voiceNote')}</Text>
          <AudioPlayer upload={d.voiceNote} label={t('case.voiceNote')} />
        </View>
      ) : null}
      {d.materials.length ? (
        <View>
          <Text className='section-title'>{t('case.materials')}</Text>
          <View role='list'>
            {d.materials.map((m) => (
              <View key={m.name} className='material' role='listitem'>
                <Text className='card__title'>{m.name}</Text>
                <Text className='card__text'>
                  {m.status === 'deferred' && m.supplyBy ? t('case.supplyBy', { date: m.supplyBy }) : t('case.provided')}
                  {m.uploads.length ? ` · ${t('apply.photoCount', { count: m.uploads.length })}` : ''}
                </Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
      {d.authorisations.map((a) => (
        <View key={a.id} className='link-button' role='button' tabIndex={0} onClick={() => go(`${PAGES.letter}?id=${encodeURIComponent(d.id)}&aid=${encodeURIComponent(a.id)}`)}>
          {`${a.kind === 'continuation' ? t('authorisation.continuation') : t('authorisation.title')} · ${formatDateTime(a.at)}`}
        </View>
      ))}
      {d.handovers.length ? (
        <View>
          <Text className='section-title'>{t('handover.chain')}</Text>
          <View role='list'>
            {d.handovers.map((h) => (
              <View key={h.id} className='material' role='listitem'>
                <Text className='card__text'>
                  {t('handover.entry', { at: formatDateTime(h.at), from: h.fromParty, to: h.toParty, items: h.items.map((i) => `${i.name}×${i.count}`).join('、') })}
                </Text>
                {h.photos.length ? <Text className='card__text'>{t('apply.photoCount', { count: h.photos.length })}</Text> : null}
                {h.trackingNo ? <Text className='card__text'>{`${t('handover.trackingNo')}：${h.trackingNo}`}</Text> : null}
                {h.money ? <Text className='card__text'>{moneyLine(h, t)}</Text> : null}
              </View>
            ))}
          </View>
          {d.moneyLedger ? <MoneyLedger ledger={d.moneyLedger} /> : null}
        </View>
      ) : null}
      {d.departmentCaseNo ? <Text className='message'>{`${t('handover.caseNo')}：${d.departmentCaseNo}`}</Text> : null}
      {d.callAttempts.length ? (
        <View>
          <Text className='section-title'>{t('case.callAttempts')}</Text>
          {d.callAttempts.map((a) => (
            <Text key={a.at} className='message'>{`${formatDateTime(a.at)} ${a.helperName}：${t(`outcome.${a.outcome}`)}`}</Text>
          ))}
          {d.escalated ? <Text className='message badge'>{t('case.escalated')}</Text> : null}
        </View>
      ) : null}
    </View>
  );
}
