// Take or choose a photo of a document. H5: a real file input (camera on phones) behind a large label; the
// mini-program: chooseMedia. The photo is compressed on the device before the caller uploads it.
import { View } from '@tarojs/components';
import { compressImageBlob, pickPhotoWeapp } from '../services/platform/image';
import type { LocalFile } from '../services/platform/upload';

export function PhotoPicker({ label, onPicked }: { label: string; onPicked(file: LocalFile, filename: string): void }) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <label className='choice photo-picker'>
        <input
          className='photo-picker__input'
          type='file'
          accept='image/*'
          capture='environment'
          aria-label={label}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void compressImageBlob(file).then((blob) => onPicked(blob, blob === file ? file.name : 'photo.jpg'));
          }}
        />
        {label}
      </label>
    );
  }
  return (
    <View className='choice' role='button' onClick={() => void pickPhotoWeapp().then((path) => path && onPicked(path, 'photo.jpg'))}>
      {label}
    </View>
  );
}
