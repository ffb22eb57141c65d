// Files fetched with the session (the console's CSV exports, 一企一档 scans and photos): H5 hands them to the browser to save
// or show; the mini-program opens a document with the system viewer.
import Taro from '@tarojs/taro';
import { apiBase } from '../http';
import { useSession } from '../../stores/session';

const authorization = () => ({ authorization: `Bearer ${useSession.getState().token ?? ''}` });

async function objectUrl(path: string): Promise<string | null> {
  const res = await fetch(`${apiBase()}${path}`, { headers: authorization() });
  return res.ok ? URL.createObjectURL(await res.blob()) : null;
}

/** H5: save the file under the given name. */
export async function download(path: string, filename: string): Promise<void> {
  const url = await objectUrl(path);
  if (!url) return;
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

/** Show a scan or photo: a new tab in H5, the document viewer or image preview in the mini-program. */
export async function openFile(path: string, mime: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const url = await objectUrl(path);
    if (url) window.open(url, '_blank', 'noopener');
    return;
  }
  const res = await Taro.downloadFile({ url: `${apiBase()}${path}`, header: authorization() });
  if (mime.startsWith('image/')) await Taro.previewImage({ urls: [res.tempFilePath] });
  else await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'pdf' });
}
