// 企业数字名片 as whoever holds its link reads it (a bank, a partner, a department; no account needed): the licence's
// facts, each major project's progress and the milestone it is at, the licences and approvals obtained, who serves
// the enterprise and the number to call. Read from the archive at each opening, so it says when it was read.
import { Text, View } from '@tarojs/components';
import type { CardProject, EnterpriseCard } from '../../../types';
import { PhoneLink } from '../../components/PhoneLink';
import { useT } from '../../i18n';
import { useLocalName } from '../../i18n/local-name';
import { formatDateTime } from '../../services/time';
import { EnterpriseFacts } from './EnterpriseFacts';

function Project({ p }: { p: CardProject }) {
  const t = useT();
  return (
    <View className='card' role='group' aria-label={p.name}>
      <Text className='card__title'>{p.name}</Text>
      <Text className='card__text'>{[t('card.investment', { amount: p.investment }), p.site].join(' · ')}</Text>
      <Text className='card__text badge'>{t('card.progress', { done: p.done, total: p.total })}</Text>
      <Text className='card__text'>
        {p.current ? t('card.current', { name: p.current.name, status: t(`milestone.${p.current.status}`) }) : t('card.allDone')}
      </Text>
      <View role='list'>
        {p.milestones.map((m) => (
          <Text key={m.kind} className='card__text milestone-step' role='listitem'>
            {[m.name, t(`milestone.${m.status}`), m.completedOn].filter(Boolean).join(' · ')}
          </Text>
        ))}
      </View>
    </View>
  );
}

export function CardView({ card }: { card: EnterpriseCard }) {
  const t = useT();
  const ln = useLocalName();
  return (
    <View>
      <Text className='page__title' lang='zh-CN'>{card.name}</Text>
      <EnterpriseFacts
        creditCode={card.creditCode}
        legalPerson={card.legalPerson}
        industry={card.industry}
        place={ln(card.townshipName, card.townshipNameMn)}
        address={card.address}
      />
      {card.projects.length > 0 ? <Text className='section-title'>{t('card.projects')}</Text> : null}
      {card.projects.map((p) => (
        <Project key={p.name} p={p} />
      ))}
      {card.credentials.length > 0 ? (
        <View>
          <Text className='section-title'>{t('card.credentials')}</Text>
          <View className='card' role='list'>
            {card.credentials.map((c, i) => (
              <Text key={`${c.name}-${i}`} className='card__text credential' role='listitem'>
                {[c.name, c.number, c.issuedOn ? t('card.issuedOn', { date: c.issuedOn }) : null, c.milestone].filter(Boolean).join(' · ')}
              </Text>
            ))}
          </View>
        </View>
      ) : null}
      {card.serviceHelpers.length > 0 ? <Text className='card__text'>{t('card.service', { names: card.serviceHelpers.join('、') })}</Text> : null}
      <PhoneLink phone={card.helpLine} label={t('card.helpLine', { phone: card.helpLine })} />
      <Text className='card__text card-as-of'>{t('card.asOf', { time: formatDateTime(card.asOf) })}</Text>
    </View>
  );
}
