// A 交接单: which documents (original or copy, how many), photos of them, both signatures, the place, and for the
// department its case number, for the post its tracking number, and any 代缴 money (MoneyFields). Captured offline
// just as well.
import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { HandoverItem, HandoverKind, HandoverMoney, RequestDetail } from '../../../types';
import { BigButton } from '../../components/BigButton';
import { PhotoPicker } from '../../components/PhotoPicker';
import { useT } from '../../i18n';
import type { LocalFile } from '../../services/platform/upload';
import { MoneyFields, initialMoney, moneyOf } from './MoneyFields';
import { TwoSignatures, type Signatures } from './SignedForm';

export interface HandoverCapture {
  kind: HandoverKind;
  items: HandoverItem[];
  photos: LocalFile[];
  signatures: Signatures;
  place: string;
  extra: string;
  /** 代缴: the money that changes hands with the documents */
  money?: HandoverMoney;
}

function defaultItems(detail: RequestDetail, kind: HandoverKind): HandoverItem[] {
  const materials = detail.materials.map((m) => ({ name: m.name, form: m.form, count: 1 }));
  const documents = materials.length ? materials : [{ name: detail.serviceItemName ?? detail.description, form: 'original' as const, count: 1 }];
  // after an early end (终止, 撤销) there is no result: only the resident's own documents go back
  if (kind === 'resident_to_helper' || kind === 'helper_to_department' || detail.status === 'terminated' || detail.status === 'withdrawn') return documents;
  return [{ name: '办理结果', form: 'original', count: 1 }, ...documents.filter((d) => d.form !== 'copy')];
}

export function HandoverForm({ detail, kind, onCapture }: { detail: RequestDetail; kind: HandoverKind; onCapture(capture: HandoverCapture): void }) {
  const t = useT();
  const [items, setItems] = useState(() => defaultItems(detail, kind));
  const [photos, setPhotos] = useState<LocalFile[]>([]);
  const [signatures, setSignatures] = useState<Signatures>({ first: null, second: null });
  const [place, setPlace] = useState('');
  const [extra, setExtra] = useState('');
  const [money, setMoney] = useState(() => initialMoney(kind, detail));
  const [message, setMessage] = useState<string | null>(null);
  const needsSecond = kind !== 'by_post';
  const extraLabel = kind === 'helper_to_department' ? t('handover.caseNo') : kind === 'by_post' ? t('handover.trackingNo') : null;

  const submit = () => {
    if (!signatures.first || (needsSecond && !signatures.second)) return setMessage(t('handover.needSignatures'));
    if (extraLabel && !extra.trim()) return setMessage(t('handover.needExtra', { what: extraLabel }));
    if (items.length === 0) return setMessage(t('handover.needItems'));
    const paid = moneyOf(kind, detail, money, t);
    if ('problem' in paid) return setMessage(paid.problem);
    onCapture({ kind, items, photos, signatures, place: place.trim(), extra: extra.trim(), ...(paid.money ? { money: paid.money } : {}) });
  };

  return (
    <View className='card'>
      <Text className='card__title'>{t(`handover.kind.${kind}`)}</Text>
      <View role='list'>
        {items.map((item, index) => (
          <View key={item.name} className='row' role='listitem'>
            <Text className='card__text'>{`${item.name}（${t(`item.form.${item.form}`)}）×${item.count}`}</Text>
            <View className='link-button' role='button' tabIndex={0} onClick={() => setItems(items.filter((_, i) => i !== index))}>
              {t('handover.remove')}
            </View>
          </View>
        ))}
      </View>
      <View className='row'>
        <PhotoPicker label={t('handover.photo')} onPicked={(file) => setPhotos([...photos, file])} />
        {photos.length ? <Text className='message' role='status'>{t('apply.photoCount', { count: photos.length })}</Text> : null}
      </View>
      {extraLabel ? (
        <View className='field'>
          <Text className='field__label'>{extraLabel}</Text>
          <Input className='field__input' value={extra} placeholder={extraLabel} aria-label={extraLabel} onInput={(e) => setExtra(e.detail.value)} />
        </View>
      ) : null}
      <MoneyFields kind={kind} detail={detail} draft={money} onChange={setMoney} />
      <View className='field'>
        <Text className='field__label'>{t('handover.place')}</Text>
        <Input className='field__input' value={place} placeholder={t('handover.placePlaceholder')} aria-label={t('handover.place')} onInput={(e) => setPlace(e.detail.value)} />
      </View>
      {needsSecond ? (
        <TwoSignatures firstLabel={t('handover.giverSigns')} secondLabel={t('handover.receiverSigns')} onChange={setSignatures} />
      ) : (
        <TwoSignatures firstLabel={t('handover.giverSigns')} secondLabel={t('handover.receiverSignsOptional')} onChange={setSignatures} />
      )}
      <BigButton label={t('handover.save')} onClick={submit} />
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
