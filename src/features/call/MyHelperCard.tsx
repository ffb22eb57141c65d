// On the home screen: who my grid worker is, with one tap to call them, and the next day the mobile agency point (or a
// 民生集市 day) serves my village, with one tap to book it.
import { Text, View } from '@tarojs/components';
import type { AgencyVisitView } from '../../../types';
import { BigButton } from '../../components/BigButton';
import { useT } from '../../i18n';
import { PhoneLink } from '../../components/PhoneLink';
import { PAGES, go } from '../../services/nav';
import { useRemote } from '../../services/use-remote';
import { loadContacts } from './api';

function NextAgencyDay({ day }: { day: AgencyVisitView }) {
  const t = useT();
  const when = day.kind === 'market' && day.start && day.end ? t('home.nextMarket', { day: day.day, start: day.start, end: day.end, place: day.place }) : t('home.nextAgency', { day: day.day, place: day.place });
  return (
    <View className='card'>
      <Text className='card__title'>{when}</Text>
      <BigButton label={t('home.bookAgency')} variant='secondary' onClick={() => go(PAGES.book)} />
    </View>
  );
}

export function MyHelperCard() {
  const t = useT();
  const contacts = useRemote(loadContacts, []);
  const person = contacts.data?.currentHelper ?? contacts.data?.gridWorkers[0] ?? null;
  const next = contacts.data?.nextAgencyDay ?? null;
  return (
    <View>
      {person ? (
        <View className='card'>
          <Text className='card__title'>{t('home.myHelper', { name: person.name })}</Text>
          <PhoneLink phone={person.phone} label={t('home.callMyHelper', { name: person.name })} />
        </View>
      ) : null}
      {next ? <NextAgencyDay day={next} /> : null}
    </View>
  );
}
