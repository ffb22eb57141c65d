// The 委托书 (or 续办委托书): the letter as composed by the server, the resident's signature, the helper's countersignature.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { AuthorisationKind } from '../../../types';
import { BigButton } from '../../components/BigButton';
import { useT } from '../../i18n';
import { useRemote } from '../../services/use-remote';
import { getLetter } from './api';
import { TwoSignatures, type Signatures } from './SignedForm';

export function AuthorisationForm({ requestId, kind, onSigned }: { requestId: string; kind: AuthorisationKind; onSigned(s: Required<{ [K in keyof Signatures]: NonNullable<Signatures[K]> }>): void }) {
  const t = useT();
  const letter = useRemote(() => getLetter(requestId, kind), [requestId, kind]);
  const [signatures, setSignatures] = useState<Signatures>({ first: null, second: null });
  const [message, setMessage] = useState<string | null>(null);
  return (
    <View className='card'>
      <Text className='card__title'>{kind === 'continuation' ? t('authorisation.continuation') : t('authorisation.title')}</Text>
      <Text className='card__text letter'>{letter.data?.letter ?? t('authorisation.offlineLetter')}</Text>
      <TwoSignatures firstLabel={t('authorisation.residentSigns')} secondLabel={t('authorisation.helperSigns')} onChange={setSignatures} />
      <BigButton
        label={t('authorisation.save')}
        onClick={() => {
          const { first, second } = signatures;
          if (!first || !second) return setMessage(t('handover.needSignatures'));
          onSigned({ first, second });
        }}
      />
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
