// On-screen signature. H5: a canvas drawn with pointer events (finger, pen or mouse), exported as PNG. The
// mini-program: NutUI's Signature (Canvas 2D with touch). Either way the caller receives a file to upload.
import { useEffect, useRef, useState } from 'react';
import { Signature } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import type { LocalFile } from '../services/platform/upload';
import { useT } from '../i18n';
import './signature-pad.css';

export function SignaturePad({ label, onSigned }: { label: string; onSigned(file: LocalFile): void }) {
  return process.env.TARO_ENV === 'h5' ? <CanvasPad label={label} onSigned={onSigned} /> : <WeappPad label={label} onSigned={onSigned} />;
}

function CanvasPad({ label, onSigned }: { label: string; onSigned(file: LocalFile): void }) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const drawing = useRef(false);
  const [inked, setInked] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const ratio = window.devicePixelRatio || 1;
    el.width = el.clientWidth * ratio;
    el.height = el.clientHeight * ratio;
    const ctx = el.getContext('2d');
    if (!ctx) return;
    ctx.scale(ratio, ratio);
    ctx.lineWidth = 3;
    ctx.lineCap = 'round';
    ctx.strokeStyle = '#000000';
  }, []);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return [e.clientX - rect.left, e.clientY - rect.top] as const;
  };
  const ctx = () => canvas.current?.getContext('2d') ?? null;

  const clear = () => {
    const el = canvas.current;
    ctx()?.clearRect(0, 0, el?.width ?? 0, el?.height ?? 0);
    setInked(false);
    setSaved(false);
  };
  const save = () => {
    canvas.current?.toBlob((blob) => {
      if (blob) {
        setSaved(true);
        onSigned(blob);
      }
    }, 'image/png');
  };

  return (
    <View className='signature-pad'>
      <canvas
        ref={canvas}
        className='signature-pad__canvas'
        aria-label={label}
        role='img'
        onPointerDown={(e) => {
          drawing.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
          const [x, y] = point(e);
          ctx()?.beginPath();
          ctx()?.moveTo(x, y);
        }}
        onPointerMove={(e) => {
          if (!drawing.current) return;
          const [x, y] = point(e);
          ctx()?.lineTo(x, y);
          ctx()?.stroke();
          setInked(true);
        }}
        onPointerUp={() => {
          drawing.current = false;
        }}
      />
      <View className='signature-pad__actions'>
        <View className='choice' role='button' tabIndex={0} onClick={clear}>
          {t('apply.signClear')}
        </View>
        <View className={`choice${saved ? ' choice--selected' : ''}`} role='button' tabIndex={0} aria-disabled={!inked} onClick={() => inked && save()}>
          {saved ? t('apply.signDone') : t('apply.signSave')}
        </View>
      </View>
    </View>
  );
}

function WeappPad({ label, onSigned }: { label: string; onSigned(file: LocalFile): void }) {
  const t = useT();
  const ref = useRef<{ confirm(): void; clear(): void } | null>(null);
  return (
    <View className='signature-pad' aria-label={label}>
      <Signature ref={ref} className='signature-pad__canvas' onConfirm={(path: string, signed?: boolean) => signed && path && onSigned(path)} />
      <View className='signature-pad__actions'>
        <View className='choice' role='button' onClick={() => ref.current?.clear()}>
          {t('apply.signClear')}
        </View>
        <View className='choice' role='button' onClick={() => ref.current?.confirm()}>
          {t('apply.signSave')}
        </View>
      </View>
    </View>
  );
}
