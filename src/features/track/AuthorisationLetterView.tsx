// A signed 委托书: the letter, both signatures as images, the SHA-256 over all three, and a print button (H5).
import { useEffect, useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import type { UploadView } from '../../../types';
import { errorKey, useT } from '../../i18n';
import { uploadObjectUrl } from '../../services/platform/upload';
import { useRemote } from '../../services/use-remote';
import { getRequest } from './api';

function SignatureImage({ upload, label }: { upload: UploadView; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    void uploadObjectUrl(upload).then(setSrc);
  }, [upload.id]);
  return src ? <Image className='signature-image' src={src} mode='aspectFit' aria-label={label} /> : null;
}

export function AuthorisationLetterView({ requestId, authorisationId }: { requestId: string; authorisationId: string }) {
  const t = useT();
  const detail = useRemote(() => getRequest(requestId), [requestId]);
  if (detail.error) return <Text className='message' role='alert'>{t(errorKey(detail.error))}</Text>;
  const a = detail.data?.authorisations.find((x) => x.id === authorisationId);
  if (!a) return <Text className='message'>{t('common.loading')}</Text>;
  return (
    <View className='letter-page'>
      <Text className='card__text letter'>{a.letter}</Text>
      <Text className='field__label'>{t('authorisation.residentSigns')}</Text>
      <SignatureImage upload={a.residentSignature} label={t('authorisation.residentSigns')} />
      <Text className='field__label'>{t('authorisation.helperSigns')}</Text>
      <SignatureImage upload={a.helperSignature} label={t('authorisation.helperSigns')} />
      <Text className='card__text'>{t('authorisation.hash', { hash: a.sha256 })}</Text>
      {process.env.TARO_ENV === 'h5' ? (
        <View className='choice no-print' role='button' tabIndex={0} onClick={() => window.print()}>
          {t('authorisation.print')}
        </View>
      ) : null}
    </View>
  );
}
