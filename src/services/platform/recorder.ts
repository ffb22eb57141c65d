// A voice note instead of typing: MediaRecorder in H5, the RecorderManager in the mini-program (AAC).
import Taro from '@tarojs/taro';
import type { LocalFile } from './upload';

export interface Recording {
  stop(): Promise<{ file: LocalFile; filename: string }>;
}

export async function startRecording(): Promise<Recording> {
  if (process.env.TARO_ENV === 'h5') {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    const recorder = new MediaRecorder(stream);
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => {
      if (e.data.size > 0) chunks.push(e.data);
    };
    recorder.start(250);
    return {
      stop: () =>
        new Promise((resolve) => {
          recorder.onstop = () => {
            stream.getTracks().forEach((track) => track.stop());
            const type = recorder.mimeType || 'audio/webm';
            resolve({ file: new Blob(chunks, { type }), filename: type.includes('ogg') ? 'voice.ogg' : type.includes('mp4') ? 'voice.m4a' : 'voice.webm' });
          };
          recorder.stop();
        }),
    };
  }
  const manager = Taro.getRecorderManager();
  manager.start({ format: 'aac', duration: 120_000 });
  return {
    stop: () =>
      new Promise((resolve) => {
        manager.onStop((res) => resolve({ file: res.tempFilePath, filename: 'voice.aac' }));
        manager.stop();
      }),
  };
}
