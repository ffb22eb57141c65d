// A milestone's documents (一企一档): each licence or permit with its number and date, and its scan (PDF) or photo.
// Listed with "view" and "remove"; a new one is named, its file picked and uploaded at once, then added to the list.
// Nothing is saved until the milestone is (the console's MilestoneEditor, or the helper's own milestone, sends the whole list).
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { MilestoneDocument } from '../../types';
import { useT, type Translate } from '../i18n';
import { PhotoPicker } from './PhotoPicker';
import { openFile } from '../services/platform/files';
import { uploadFile, type LocalFile } from '../services/platform/upload';
import { TextField } from './TextField';
import { useAction } from './use-action';

function documentLine(d: MilestoneDocument, t: Translate): string {
  return [d.name, d.number, d.issuedOn ? t('document.issuedOn', { date: d.issuedOn }) : null, d.file ? null : t('document.noFile')].filter(Boolean).join(' · ');
}

export function MilestoneDocuments({ documents, onChange }: { documents: readonly MilestoneDocument[]; onChange(next: MilestoneDocument[]): void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [number, setNumber] = useState('');
  const [file, setFile] = useState<MilestoneDocument['file']>(null);
  const { message, setMessage, busy, run } = useAction();
  const picked = (local: LocalFile, filename: string) =>
    run(
      () => uploadFile('document', local, filename),
      (u) => setFile({ id: u.id, mime: u.mime, size: u.size, url: u.url }),
    );
  const add = () => {
    if (!name.trim()) return setMessage(t('document.needName'));
    onChange([...documents, { name: name.trim(), number: number.trim() || null, issuedOn: null, file }]);
    setName('');
    setNumber('');
    setFile(null);
    return setMessage(null);
  };
  return (
    <View className='field' role='group' aria-label={t('document.title')}>
      <Text className='field__label'>{t('document.title')}</Text>
      {documents.length === 0 ? <Text className='card__text'>{t('document.none')}</Text> : null}
      <View role='list'>
        {documents.map((d, i) => (
          <View key={`${d.name}-${d.file?.id ?? i}`} className='material' role='listitem'>
            <Text className='card__text'>{documentLine(d, t)}</Text>
            <View className='row'>
              {d.file ? (
                <View className='choice' role='button' tabIndex={0} aria-label={t('document.viewNamed', { name: d.name })} onClick={() => d.file && void openFile(d.file.url, d.file.mime)}>
                  {t('document.view')}
                </View>
              ) : null}
              <View className='choice' role='button' tabIndex={0} aria-label={t('document.removeNamed', { name: d.name })} onClick={() => onChange(documents.filter((_, j) => j !== i))}>
                {t('document.remove')}
              </View>
            </View>
          </View>
        ))}
      </View>
      <TextField label={t('document.name')} value={name} onChange={setName} />
      <TextField label={t('document.number')} value={number} onChange={setNumber} />
      <PhotoPicker scans label={file ? t('document.replaceFile') : t('document.pickFile')} onPicked={picked} />
      {busy ? <Text className='message' role='status'>{t('document.uploading')}</Text> : null}
      {file ? <Text className='message' role='status'>{t('document.fileReady')}</Text> : null}
      <View className='choice' role='button' tabIndex={0} aria-disabled={busy} onClick={() => !busy && add()}>
        {t('document.add')}
      </View>
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
