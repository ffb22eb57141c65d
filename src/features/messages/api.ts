// The message centre's calls: the list (with the unread count) and marking everything read.
import type { MessageListResponse } from '../../../types';
import { api } from '../../services/http';

export const listMessages = () => api<MessageListResponse>('/api/messages');
export const markRead = () => api<MessageListResponse>('/api/messages/read', { method: 'POST' });
