// On the home screen: who my grid worker is, and one tap to call them.
import { Text, View } from '@tarojs/components';
import { useT } from '../../i18n';
import { PhoneLink } from '../../components/PhoneLink';
import { useRemote } from '../../services/use-remote';
import { loadContacts } from './api';

export function MyHelperCard() {
  const t = useT();
  const contacts = useRemote(loadContacts, []);
  const person = contacts.data?.currentHelper ?? contacts.data?.gridWorkers[0] ?? null;
  if (!person) return null;
  const label = t('home.callMyHelper', { name: person.name });
  return (
    <View className='card'>
      <Text className='card__title'>{t('home.myHelper', { name: person.name })}</Text>
      <PhoneLink phone={person.phone} label={label} />
    </View>
  );
}
