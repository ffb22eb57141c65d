// Take or choose a photo of a document. H5: a real file input (camera on phones) behind a large label; the
// mini-program: chooseMedia. The photo is compressed on the device before the caller uploads it. With `scans`, a
// PDF may be chosen too (H5: the file dialog; mini-program: a file from a chat), and a PDF is passed on as it is.
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { compressImageBlob, pickPhotoWeapp } from '../services/platform/image';
import type { LocalFile } from '../services/platform/upload';

async function pickScanWeapp(): Promise<{ path: string; name: string } | null> {
  try {
    const picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf', 'jpg', 'jpeg', 'png'] });
    const file = picked.tempFiles[0];
    return file ? { path: file.path, name: file.name } : null;
  } catch {
    return null; // cancelled
  }
}

export function PhotoPicker({ label, onPicked, scans }: { label: string; onPicked(file: LocalFile, filename: string): void; scans?: boolean }) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <label className='choice photo-picker'>
        <input
          className='photo-picker__input'
          type='file'
          accept={scans ? 'application/pdf,image/*' : 'image/*'}
          capture={scans ? undefined : 'environment'}
          aria-label={label}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file && file.type === 'application/pdf') onPicked(file, file.name);
            else if (file) void compressImageBlob(file).then((blob) => onPicked(blob, blob === file ? file.name : 'photo.jpg'));
          }}
        />
        {label}
      </label>
    );
  }
  const pick = scans
    ? () => void pickScanWeapp().then((f) => f && onPicked(f.path, f.name))
    : () => void pickPhotoWeapp().then((path) => path && onPicked(path, 'photo.jpg'));
  return (
    <View className='choice' role='button' onClick={pick}>
      {label}
    </View>
  );
}
