// One tap to call: a tel: link in the browser, the dialler in the mini-program.
import { View } from '@tarojs/components';
import { dial, telHref } from '../services/phone';

export function PhoneLink({ phone, label }: { phone: string; label: string }) {
  return process.env.TARO_ENV === 'h5' ? (
    <a className='phone-link' href={telHref(phone)}>
      {label}
    </a>
  ) : (
    <View className='phone-link' role='button' onClick={() => dial(phone)}>
      {label}
    </View>
  );
}
