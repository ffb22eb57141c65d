import type { BindWechatResponse, CodeRequestResponse, SessionResponse } from '../../../types';
import { api } from '../../services/http';

export const requestCode = (phone: string) =>
  api<CodeRequestResponse>('/api/auth/code', { method: 'POST', body: { phone } });

export const verifyCode = (phone: string, code: string) =>
  api<SessionResponse>('/api/auth/verify', { method: 'POST', body: { phone, code } });

/** 微信手机号一键登录: the codes from Taro.login and the getPhoneNumber button. */
export const wechatPhoneSignIn = (loginCode: string, phoneCode: string) =>
  api<SessionResponse>('/api/auth/wechat-phone', { method: 'POST', body: { loginCode, phoneCode } });

/** Links the WeChat the app runs in to the signed-in account, so subscribe messages can reach it. */
export const bindWechat = (code: string) => api<BindWechatResponse>('/api/me/wechat', { method: 'POST', body: { code } });
