// Signing in from the mini-program. WeChat gives the app one-time codes; only the server may trade them:
// - the login code (Taro.login) for the user's openid (code2session), which subscribe messages are addressed to;
// - the phone code (a getPhoneNumber button) for the number the user registered with WeChat (getuserphonenumber).
// Accounts are keyed by phone everywhere (family links, helpers, a grid worker's filing), so the phone sign-in lands
// in the same account as a text code to that number would, and links this WeChat to it.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import type { WechatApi, WechatReply } from '../../lib/wechat-api';
import * as repo from './auth.repository';

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

function configured(wechat: WechatApi | null): WechatApi {
  if (!wechat) throw new AppError('WECHAT_NOT_CONFIGURED', 'WeChat sign-in is not set up on this server; use your phone number');
  return wechat;
}

/** Calls WeChat; a network failure is WECHAT_LOGIN_FAILED (502), not a server error. */
async function ask(request: () => Promise<WechatReply>): Promise<WechatReply> {
  try {
    return await request();
  } catch {
    throw new AppError('WECHAT_LOGIN_FAILED', 'WeChat could not be reached; try again or use your phone number');
  }
}

async function openidOf(wechat: WechatApi, loginCode: string): Promise<string> {
  const body = await ask(() => wechat.code2session(loginCode));
  // errcode 40029 (invalid code), 40163 (code already used): the client's code is at fault, not the server.
  if (typeof body.openid !== 'string' || !body.openid) throw new AppError('CODE_INVALID', 'WeChat did not accept this sign-in; try again or use your phone number', 'code');
  return body.openid;
}

/** The openid moves to this account: whoever holds the login code controls that WeChat, and one WeChat is one person. */
async function linkOpenid(db: Kysely<Database>, userId: string, openid: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ wechat_openid: null }).where('wechat_openid', '=', openid).where('id', '!=', userId).execute();
    await trx.updateTable('users').set({ wechat_openid: openid }).where('id', '=', userId).execute();
  });
}

/** code2session alone: an account known by its openid (no phone number). */
export async function wechatSignIn(db: Kysely<Database>, wechat: WechatApi | null, code: string): Promise<repo.UserRow> {
  const openid = await openidOf(configured(wechat), code);
  const existing = await repo.findUserByOpenId(db, openid);
  return existing ?? repo.insertResident(db, { phone: null, name: '微信用户', wechatOpenId: openid });
}

/** 微信手机号一键登录: the account of the number WeChat vouches for (created on first sign-in), linked to this WeChat. */
export async function wechatPhoneSignIn(db: Kysely<Database>, wechat: WechatApi | null, loginCode: string, phoneCode: string): Promise<repo.UserRow> {
  const api = configured(wechat);
  const openid = await openidOf(api, loginCode);
  const reply = await ask(() => api.post('/wxa/business/getuserphonenumber', { code: phoneCode }));
  const info = reply.phone_info;
  if (reply.errcode === -1) throw new AppError('WECHAT_LOGIN_FAILED', 'WeChat is busy; try again in a moment or use a text code');
  if ((reply.errcode ?? 0) !== 0 || !info) throw new AppError('CODE_INVALID', 'WeChat did not give the phone number; try again or use a text code', 'phoneCode');
  const phone = typeof info.purePhoneNumber === 'string' ? info.purePhoneNumber : '';
  if (String(info.countryCode) !== '86' || !MAINLAND_MOBILE.test(phone)) {
    throw new AppError('VALIDATION_FAILED', 'only mainland China mobile numbers can sign in', 'phoneCode');
  }
  const user = await repo.residentByPhone(db, phone, `居民${phone.slice(-4)}`);
  if (user.wechat_openid !== openid) await linkOpenid(db, user.id, openid);
  return { ...user, wechat_openid: openid };
}

/** Links the WeChat the mini-program runs in to an account signed in another way (a text code). */
export async function bindWechat(db: Kysely<Database>, wechat: WechatApi | null, userId: string, loginCode: string): Promise<void> {
  const openid = await openidOf(configured(wechat), loginCode);
  await linkOpenid(db, userId, openid);
}
