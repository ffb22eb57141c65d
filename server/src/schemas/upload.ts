// The view of an uploaded file, shared by every schema that carries photos, voice notes or signatures.
import { Type } from '@sinclair/typebox';
import { UPLOAD_KINDS } from '../../../types';
import { StringEnum } from './common';

export const UploadView = Type.Object({
  id: Type.String(),
  kind: StringEnum(UPLOAD_KINDS),
  mime: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  url: Type.String(),
});
