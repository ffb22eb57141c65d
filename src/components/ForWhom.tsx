// "为谁办？": myself, or a family member who confirmed (亲属代办). Hidden when there is nobody else.
import { Text, View } from '@tarojs/components';
import type { FamilyLinkView } from '../../types';
import { useT } from '../i18n';
import { ChoiceList } from './ChoiceList';

export function ForWhom({ links, value, onChange }: { links: readonly FamilyLinkView[]; value: string | null; onChange(memberId: string | null): void }) {
  const t = useT();
  const confirmed = links.filter((l) => l.status === 'confirmed');
  if (confirmed.length === 0) return null;
  return (
    <View className='field'>
      <Text className='field__label'>{t('book.forWhom')}</Text>
      <ChoiceList
        label={t('book.forWhom')}
        choices={[{ id: 'self', label: t('book.myself') }, ...confirmed.map((l) => ({ id: l.member.id, label: `${l.member.name}（${l.relation}）` }))]}
        selected={value ?? 'self'}
        onSelect={(id) => onChange(id === 'self' ? null : id)}
      />
    </View>
  );
}
