// A request in a list: shared by requests, offers and the helper's task list.
import { Type } from '@sinclair/typebox';
import { REQUEST_KINDS, REQUEST_STATUSES } from '../../../types';
import { Nullable, StringEnum } from './common';

export const summaryFields = {
  id: Type.String(),
  kind: StringEnum(REQUEST_KINDS),
  status: StringEnum(REQUEST_STATUSES),
  description: Type.String(),
  villageId: Type.String(),
  villageName: Type.String(),
  /** traditional Mongolian of the names beside them; absent when not translated */
  villageNameMn: Type.Optional(Type.String()),
  townshipName: Type.String(),
  townshipNameMn: Type.Optional(Type.String()),
  serviceItemId: Nullable(Type.String()),
  serviceItemName: Nullable(Type.String()),
  serviceItemNameMn: Type.Optional(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  urgent: Type.Boolean(),
};
export const RequestSummary = Type.Object(summaryFields);
