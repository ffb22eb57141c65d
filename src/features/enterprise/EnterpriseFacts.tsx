// What the business licence says about an enterprise, as label and value lines: the archive shows it to its contact,
// the digital card to whoever holds its link.
import { Text, View } from '@tarojs/components';
import { useT } from '../../i18n';

export interface EnterpriseFactsProps {
  creditCode: string;
  legalPerson: string;
  industry: string;
  place: string;
  address: string;
}

export function EnterpriseFacts({ creditCode, legalPerson, industry, place, address }: EnterpriseFactsProps) {
  const t = useT();
  const rows: [string, string][] = [
    [t('card.creditCode'), creditCode],
    [t('card.legalPerson'), legalPerson],
    [t('card.industry'), industry],
    [t('card.place'), place],
    [t('card.address'), address],
  ];
  return (
    <View role='list'>
      {rows.map(([label, value]) => (
        <View key={label} className='fact' role='listitem'>
          <Text className='fact__label'>{label}</Text>
          <Text className='fact__value'>{value}</Text>
        </View>
      ))}
    </View>
  );
}
