// Photos of documents are compressed on the device before upload: a 12-megapixel photo is ~4 MB, and pastoral
// networks are slow. H5 draws to a canvas (max 1600 px, JPEG 0.8); the mini-program uses Taro.compressImage.
import Taro from '@tarojs/taro';
import type { LocalFile } from './upload';

const MAX_SIDE = 1600;

export async function compressImageBlob(file: Blob): Promise<Blob> {
  if (typeof createImageBitmap !== 'function') return file;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const out = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8));
    return out && out.size < file.size ? out : file;
  } catch {
    return file; // an image the browser cannot decode is sent as is; the server decides
  }
}

/** Mini-program: camera or album, then compressed. */
export async function pickPhotoWeapp(): Promise<LocalFile | null> {
  try {
    const chosen = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['camera', 'album'] });
    const path = chosen.tempFiles[0]?.tempFilePath;
    if (!path) return null;
    const compressed = await Taro.compressImage({ src: path, quality: 70 });
    return compressed.tempFilePath;
  } catch {
    return null; // cancelled
  }
}
