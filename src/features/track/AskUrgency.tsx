// 加急 asked for by the resident (or whoever filed for them): say what makes it urgent, and the service centre
// answers. Only a supervisor makes a case urgent; the ask and its answer are on the timeline.
import { Text, View } from '@tarojs/components';
import { OPEN_STATUSES, type RequestDetail } from '../../../types';
import { NoteAction } from '../../components/NoteAction';
import { useAction } from '../../components/use-action';
import { useT } from '../../i18n';
import { askUrgency } from './api';

/** Whether the button belongs on this case: open, not urgent, not already asked. */
export const mayAskUrgency = (d: Pick<RequestDetail, 'status' | 'urgent' | 'urgencyAsked'>): boolean => OPEN_STATUSES.includes(d.status) && !d.urgent && !d.urgencyAsked;

export function AskUrgency({ requestId, onAsked }: { requestId: string; onAsked(): void }) {
  const t = useT();
  const { message, run } = useAction();
  return (
    <View>
      <NoteAction label={t('case.askUrgency')} placeholder={t('case.askUrgencyWhy')} onConfirm={(reason) => run(() => askUrgency(requestId, reason), onAsked)} />
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
