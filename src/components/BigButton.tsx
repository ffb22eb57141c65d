// The large, plainly labelled action used on every resident screen: words, not just an icon; a big target.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import './big-button.css';

export interface BigButtonProps {
  label: string;
  hint?: string;
  onClick(): void;
  variant?: 'primary' | 'secondary' | 'danger';
  size?: 'hero' | 'large';
  disabled?: boolean;
  loading?: boolean;
}

export function BigButton({ label, hint, onClick, variant = 'primary', size = 'large', disabled, loading }: BigButtonProps) {
  return (
    <View className={`big-button big-button--${size}`}>
      {/* Taro's H5 button is a custom element with no implicit role: name it a button for screen readers. */}
      <Button
        role='button'
        tabIndex={0}
        aria-disabled={disabled ? 'true' : 'false'}
        className={`big-button__control big-button__control--${variant}`}
        type={variant === 'secondary' ? 'default' : variant === 'danger' ? 'danger' : 'primary'}
        block
        disabled={disabled}
        loading={loading}
        onClick={onClick}
      >
        {label}
      </Button>
      {hint ? <Text className='big-button__hint'>{hint}</Text> : null}
    </View>
  );
}
