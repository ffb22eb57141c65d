// In the mini-program, an account signed in with a text code is linked to the WeChat it runs in, so subscribe
// messages (订阅消息) can reach it; in H5 there is no WeChat to link.
import Taro from '@tarojs/taro';
import { bindWechat } from './api';

export async function linkWechat(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return;
  try {
    const { code } = await Taro.login();
    await bindWechat(code);
  } catch {
    // Not linked: news still reaches them by SMS (if chosen) and in the message centre; the next sign-in tries again.
  }
}
