// Plays a voice note. The file needs the session token, so it is fetched first (object URL in H5, a downloaded
// temp file in the mini-program).
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { UploadView } from '../../types';
import { uploadObjectUrl } from '../services/platform/upload';

export function AudioPlayer({ upload, label }: { upload: UploadView; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let url: string | null = null;
    void uploadObjectUrl(upload).then((u) => {
      url = u;
      setSrc(u);
    });
    return () => {
      if (url && process.env.TARO_ENV === 'h5') URL.revokeObjectURL(url);
    };
  }, [upload.id]);
  if (!src) return null;
  if (process.env.TARO_ENV === 'h5') return <audio className='audio-player' controls src={src} aria-label={label} />;
  return (
    <View
      className='choice'
      role='button'
      onClick={() => {
        const audio = Taro.createInnerAudioContext();
        audio.src = src;
        audio.play();
      }}
    >
      {label}
    </View>
  );
}
