// Uploading a file to /api/uploads: fetch + FormData in H5 (the file is a Blob), Taro.uploadFile in the
// mini-program (the file is a temporary path). Errors come back typed like every other API call.
import Taro from '@tarojs/taro';
import { ERROR_CODES, type ApiErrorBody, type UploadKind, type UploadView } from '../../../types';
import { ApiError, apiBase } from '../http';
import { useSession } from '../../stores/session';

export type LocalFile = Blob | string;

function parseError(status: number, text: string): ApiError {
  try {
    const body = JSON.parse(text) as ApiErrorBody;
    if ((ERROR_CODES as readonly string[]).includes(body.error.code)) return new ApiError(body.error.code, body.error.message, status);
  } catch {
    // not JSON: fall through
  }
  return new ApiError('INTERNAL', `upload failed (${status})`, status);
}

export async function uploadFile(kind: UploadKind, file: LocalFile, filename: string): Promise<UploadView> {
  const token = useSession.getState().token ?? '';
  const url = `${apiBase()}/api/uploads?kind=${kind}`;
  if (typeof file !== 'string') {
    const form = new FormData();
    form.append('file', file, filename);
    let res: Response;
    try {
      res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    } catch {
      throw new ApiError('NETWORK', 'network unreachable', 0);
    }
    const text = await res.text();
    if (!res.ok) throw parseError(res.status, text);
    return JSON.parse(text) as UploadView;
  }
  let res: Taro.uploadFile.SuccessCallbackResult;
  try {
    res = await Taro.uploadFile({ url, filePath: file, name: 'file', header: { authorization: `Bearer ${token}` } });
  } catch {
    throw new ApiError('NETWORK', 'network unreachable', 0);
  }
  if (res.statusCode < 200 || res.statusCode >= 300) throw parseError(res.statusCode, res.data);
  return JSON.parse(res.data) as UploadView;
}

/** An upload's bytes need the session token, so H5 fetches them into an object URL for <img>/<audio>. */
export async function uploadObjectUrl(view: UploadView): Promise<string> {
  const token = useSession.getState().token ?? '';
  if (process.env.TARO_ENV !== 'h5') {
    const res = await Taro.downloadFile({ url: `${apiBase()}${view.url}`, header: { authorization: `Bearer ${token}` } });
    return res.tempFilePath;
  }
  const res = await fetch(`${apiBase()}${view.url}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new ApiError('NOT_FOUND', 'file not available', res.status);
  return URL.createObjectURL(await res.blob());
}
