// 一企一档: an enterprise's archive as its contact (or a supervisor) sees it: each project from 企业开办 to 投产, every
// milestone's status, helper, dates and documents, each scan or photo opened with 查看; and for the contact, the
// enterprise's digital card (CardPanel).
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { errorKey, useT } from '../../i18n';
import type { MilestoneFile } from '../../../types';
import { openFile } from '../../services/platform/files';
import { useRemote } from '../../services/use-remote';
import { listEnterprises, loadArchive } from './api';
import { CardPanel } from './CardPanel';
import { EnterpriseFacts } from './EnterpriseFacts';

/** 查看: the scan in a new tab (H5, fetched with the session) or the system viewer / image preview (mini-program). */
function ViewFile({ name, file }: { name: string; file: MilestoneFile }) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const open = () => {
    setFailed(false);
    openFile(file.url, file.mime).catch(() => setFailed(true));
  };
  return (
    <View>
      <View className='choice' role='button' tabIndex={0} aria-label={t('document.viewNamed', { name })} onClick={open}>
        {t('document.view')}
      </View>
      {failed ? <Text className='message' role='alert'>{t('document.openFailed')}</Text> : null}
    </View>
  );
}

function Archive({ id }: { id: string }) {
  const t = useT();
  const archive = useRemote(() => loadArchive(id), [id]);
  if (archive.error) return <Text className='message' role='alert'>{t(errorKey(archive.error))}</Text>;
  const a = archive.data;
  if (!a) return <Text className='message'>{t('common.loading')}</Text>;
  return (
    <View>
      <Text className='section-title' lang='zh-CN'>{a.name}</Text>
      <EnterpriseFacts creditCode={a.creditCode} legalPerson={a.legalPerson} industry={a.industry} place={a.townshipName} address={a.address} />
      {/* the contact shares the card; a helper serving a milestone only reads the archive */}
      {a.access !== 'helper' ? <CardPanel enterpriseId={a.id} name={a.name} /> : null}
      {a.projects.map((p) => (
        // Focusable so a keyboard user can reach (and scroll) a long archive.
        <View key={p.id} className='card' role='group' aria-label={p.name} tabIndex={0}>
          <Text className='card__title'>{`${p.name}（${p.done}/${p.total}）`}</Text>
          <View role='list'>
            {p.milestones.map((m) => (
              <View key={m.id} className='material' role='listitem'>
                <Text className='card__text badge'>{`${m.name} · ${t(`milestone.${m.status}`)}`}</Text>
                <Text className='card__text'>
                  {[m.helper ? t('milestone.helper', { name: m.helper.name }) : null, m.completedOn ?? m.startedOn ?? m.plannedOn].filter(Boolean).join(' · ')}
                </Text>
                {m.documents.map((d, i) => (
                  <View key={`${d.name}-${d.file?.id ?? i}`} className='row'>
                    <Text className='card__text'>{`${d.name}${d.number ? ` ${d.number}` : ''}`}</Text>
                    {d.file ? <ViewFile name={d.name} file={d.file} /> : null}
                  </View>
                ))}
              </View>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}

export function EnterpriseArchiveView() {
  const t = useT();
  const list = useRemote(listEnterprises, []);
  if (list.error) return <Text className='message' role='alert'>{t(errorKey(list.error))}</Text>;
  const items = list.data?.items ?? [];
  if (list.data && items.length === 0) return <Text className='message'>{t('enterprise.none')}</Text>;
  return (
    <View>
      {items.map((e) => (
        <Archive key={e.id} id={e.id} />
      ))}
    </View>
  );
}
