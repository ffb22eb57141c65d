// What the helper can do next on a case, by its status: each step goes through the outbox, so it is kept even
// without a network and sent exactly once, in order.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { holdsResidentItems, type HandoverKind, type RequestDetail, type RequestStatus, type UploadKind, type WelfareStep } from '../../../types';
import { BigButton } from '../../components/BigButton';
import { errorKey, useT } from '../../i18n';
import { ApiError } from '../../services/http';
import { sendOrQueue, useOutbox, type CapturedAction } from '../../services/outbox';
import { projectedStatus } from './projected-status';
import { dial } from '../../services/phone';
import { currentLocation } from '../../services/platform/location';
import type { LocalFile } from '../../services/platform/upload';
import { AuthorisationForm } from './AuthorisationForm';
import { HandoverForm, type HandoverCapture } from './HandoverForm';
import { NoteAction } from '../../components/NoteAction';

type Form = { type: 'handover'; kind: HandoverKind } | { type: 'authorise'; kind: 'authorisation' | 'continuation' } | null;

const file = (kind: UploadKind, f: LocalFile, filename: string) => ({ kind, file: f, filename });

export function TaskActions({ detail, onDone }: { detail: RequestDetail; onDone(): void }) {
  const t = useT();
  const [form, setForm] = useState<Form>(null);
  const outbox = useOutbox((s) => s.actions);
  const queued = outbox.filter((a) => a.requestId === detail.id);
  const [message, setMessage] = useState<string | null>(null);
  /** the last step went to the outbox: say so while this case still has steps waiting there, and no longer */
  const [savedOffline, setSavedOffline] = useState(false);
  const id = detail.id;
  const base = `/api/requests/${encodeURIComponent(id)}`;

  // Only a form's own submission closes it: a step tapped earlier may still be sending when the helper opens the next
  // form (its button shows as soon as the step is queued), and its answer must not close that form under them.
  const run = async (action: Omit<CapturedAction, 'requestId'>, fromForm = false) => {
    setMessage(null);
    setSavedOffline(false);
    try {
      const result = await sendOrQueue({ ...action, requestId: id });
      if (fromForm) setForm(null);
      setSavedOffline(result === 'queued');
      onDone();
    } catch (e) {
      setMessage(t(errorKey(e instanceof ApiError ? e.code : 'INTERNAL')));
    }
  };
  const move = (to: RequestStatus, note?: string) => run({ label: t(`status.${to}`), path: `${base}/transitions`, body: { to, ...(note ? { note } : {}) } });
  const checkIn = async () => {
    const location = await currentLocation();
    await run({ label: t('workbench.checkIn'), path: `${base}/check-in`, body: location ? { location } : {} });
  };
  const welfare = (step: WelfareStep, outcome: 'reached' | 'no_answer' | 'done') =>
    run({ label: t(`welfare.${step}`), path: `${base}/welfare`, body: { step, outcome } });
  const handover = (c: HandoverCapture) => {
    const files: CapturedAction['files'] = {};
    c.photos.forEach((p, i) => (files[`photo${i}`] = file('photo', p, `photo${i}.jpg`)));
    if (c.signatures.first) files.from = file('signature', c.signatures.first, 'from.png');
    if (c.signatures.second) files.to = file('signature', c.signatures.second, 'to.png');
    return run({
      label: t(`handover.kind.${c.kind}`),
      path: `${base}/handovers`,
      files,
      body: {
        kind: c.kind,
        items: c.items,
        ...(c.photos.length ? { photoIds: c.photos.map((_, i) => `$file:photo${i}`) } : {}),
        ...(c.signatures.first ? { fromSignatureId: '$file:from' } : {}),
        ...(c.signatures.second ? { toSignatureId: '$file:to' } : {}),
        ...(c.place ? { place: c.place } : {}),
        ...(c.kind === 'helper_to_department' ? { departmentCaseNo: c.extra } : {}),
        ...(c.kind === 'by_post' ? { trackingNo: c.extra } : {}),
        ...(c.money ? { money: c.money } : {}),
      },
    }, true);
  };

  if (form?.type === 'handover') return <HandoverForm detail={detail} kind={form.kind} onCapture={(c) => void handover(c)} />;
  if (form?.type === 'authorise') {
    return (
      <AuthorisationForm
        requestId={id}
        kind={form.kind}
        onSigned={(s) =>
          void run({
            label: form.kind === 'continuation' ? t('authorisation.continuation') : t('authorisation.title'),
            path: `${base}/authorisations`,
            files: { resident: file('signature', s.first, 'resident.png'), helper: file('signature', s.second, 'helper.png') },
            body: { kind: form.kind, residentSignatureId: '$file:resident', helperSignatureId: '$file:helper' },
          }, true)
        }
      />
    );
  }

  const status = projectedStatus(detail.status, queued);
  const buttons: JSX.Element[] = [];
  const add = (key: string, label: string, onClick: () => void) => buttons.push(<BigButton key={key} label={label} onClick={onClick} />);
  if (status === 'assigned') add('schedule', t('workbench.scheduled'), () => void move('scheduled'));
  if (status === 'assigned' || status === 'scheduled') add('go', t('workbench.enRoute'), () => void move('en_route'));
  if (status === 'en_route') add('checkin', t('workbench.checkIn'), () => void checkIn());
  if (status === 'on_site' && detail.kind === 'delegate') add('auth', t('authorisation.title'), () => setForm({ type: 'authorise', kind: 'authorisation' }));
  if ((status === 'on_site' && detail.kind !== 'delegate') || status === 'authorised' || status === 'awaiting_supplement') {
    add('h1', t('handover.kind.resident_to_helper'), () => setForm({ type: 'handover', kind: 'resident_to_helper' }));
  }
  if (status === 'on_site' && (detail.kind === 'home_visit' || detail.kind === 'callback')) add('done', t('workbench.consulted'), () => void move('result_delivered'));
  if (status === 'materials_received') add('h2', t('handover.kind.helper_to_department'), () => setForm({ type: 'handover', kind: 'helper_to_department' }));
  if (status === 'submitted_to_department') add('review', t('workbench.underReview'), () => void move('under_review'));
  if (status === 'under_review') add('approved', t('workbench.approved'), () => void move('approved'));
  if (status === 'approved' || status === 'rejected') {
    add('h3', t('handover.kind.department_to_helper'), () => setForm({ type: 'handover', kind: 'department_to_helper' }));
    add('h4', t('handover.kind.helper_to_resident'), () => setForm({ type: 'handover', kind: 'helper_to_resident' }));
    add('h5', t('handover.kind.by_post'), () => setForm({ type: 'handover', kind: 'by_post' }));
  }
  if (status === 'suspended') add('resume', t('authorisation.continuation'), () => setForm({ type: 'authorise', kind: 'continuation' }));
  // Ended early (终止, 撤销) with the resident's documents or money still in hand: hand them back, on a 交接单.
  if ((status === 'terminated' || status === 'withdrawn') && holdsResidentItems(detail.handovers.map((h) => h.kind))) {
    add('h6', t('handover.returnAfterExit'), () => setForm({ type: 'handover', kind: 'helper_to_resident' }));
  }

  const noted: [RequestStatus, string][] = [];
  if (status === 'materials_received' || status === 'under_review') noted.push(['awaiting_supplement', t('workbench.needSupplement')]);
  if (status === 'under_review') noted.push(['rejected', t('workbench.rejected')]);
  if (detail.nextStatuses.includes('suspended') && queued.length === 0) noted.push(['suspended', t('workbench.suspend')]);

  const atDoor = status === 'scheduled' || status === 'en_route';
  return (
    <View>
      <Text className='section-title'>{t('workbench.next')}</Text>
      {buttons}
      <View className='row'>
        {noted.map(([to, label]) => (
          <NoteAction key={to} label={label} placeholder={t('workbench.why')} onConfirm={(note) => void move(to, note)} />
        ))}
      </View>
      {atDoor ? (
        <View className='card'>
          <Text className='card__title'>{t('welfare.title')}</Text>
          {detail.residentPhone ? (
            <View className='choice' role='button' tabIndex={0} onClick={() => { dial(detail.residentPhone ?? ''); void welfare('call_resident', 'no_answer'); }}>
              {t('welfare.call_resident')}
            </View>
          ) : null}
          {detail.emergencyContacts.map((c) => (
            <View key={c.phone} className='choice' role='button' tabIndex={0} onClick={() => { dial(c.phone); void welfare('call_emergency_contact', 'no_answer'); }}>
              {t('welfare.callContact', { name: c.name, relation: c.relation })}
            </View>
          ))}
          <View className='choice' role='button' tabIndex={0} onClick={() => void welfare('alert_supervisor', 'done')}>
            {t('welfare.alert_supervisor')}
          </View>
        </View>
      ) : null}
      {message ? <Text className='message' role='status'>{message}</Text> : null}
      {savedOffline && queued.length > 0 ? <Text className='message' role='status'>{t('common.offlineQueued')}</Text> : null}
    </View>
  );
}
