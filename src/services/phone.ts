// Calling someone: the mini-program dials with makePhoneCall; in H5 a tel: link is the reliable way on phones.
import Taro from '@tarojs/taro';

export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

export function dial(phone: string): void {
  if (process.env.TARO_ENV === 'h5') {
    window.location.href = telHref(phone);
    return;
  }
  void Taro.makePhoneCall({ phoneNumber: phone });
}
