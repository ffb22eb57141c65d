import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { parseRoles } from '../../lib/json';
import { AppError } from '../../lib/app-error';
import { signSession } from '../../plugins/auth';
import {
  CodeRequestBody,
  CodeRequestResponse,
  SessionResponse,
  UserView,
  VerifyCodeBody,
  WechatLoginBody,
  WechatPhoneLoginBody,
  BindWechatResponse,
} from '../../schemas/api';
import type { WechatApi } from '../../lib/wechat-api';
import { bindWechat, wechatPhoneSignIn, wechatSignIn } from './wechat-sign-in';
import { errorResponses } from '../../schemas/common';
import * as service from './auth.service';
import { findUserById, type UserRow } from './auth.repository';
import { sendCodeText } from '../notifications/sms-guard';
import type { SmsProvider } from '../notifications/sms-provider';
import { smsMessage } from '../notifications/sms-templates';

export interface AuthRouteOptions {
  demoMode: boolean;
  sms: SmsProvider;
  codeTtlSeconds: number;
  wechat: WechatApi | null;
}

// Sign-in endpoints get a tighter per-IP limit than the rest of the API.
const signInRateLimit = { rateLimit: { max: 30, timeWindow: '1 minute' } };

const authRoutes: FastifyPluginAsyncTypebox<AuthRouteOptions> = async (app, options) => {
  const session = (user: UserRow) => {
    const roles = parseRoles(user.roles);
    return { token: signSession(app, { id: user.id, roles }), user: service.toUserView(user, user.id, false) };
  };

  app.post(
    '/api/auth/code',
    {
      config: signInRateLimit,
      schema: {
        tags: ['auth'],
        summary: 'Send a one-time sign-in code by SMS (in demo mode: to the log and the response)',
        body: CodeRequestBody,
        response: { 200: CodeRequestResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { phone } = request.body;
      const { code, expiresInSeconds } = await service.issueCode(app.db, phone, options.codeTtlSeconds);
      const message = smsMessage('sign_in_code', [code, String(Math.max(1, Math.round(expiresInSeconds / 60)))]);
      try {
        await sendCodeText(app.db, options.sms, request.log, phone, message);
      } catch (error) {
        // A code that never went out must not count against the number's limit, nor stay usable.
        await service.withdrawCode(app.db, phone, code);
        throw error;
      }
      // Demo mode: the logging provider wrote the text to the log; the code also goes back for the H5 banner.
      if (options.demoMode) {
        return { sent: true as const, expiresInSeconds, devCode: code };
      }
      return { sent: true as const, expiresInSeconds };
    },
  );

  app.post(
    '/api/auth/verify',
    {
      config: signInRateLimit,
      schema: {
        tags: ['auth'],
        summary: 'Sign in with the phone number and the code',
        body: VerifyCodeBody,
        response: { 200: SessionResponse, ...errorResponses },
      },
    },
    async (request) => session(await service.verifyCode(app.db, request.body.phone, request.body.code)),
  );

  app.post(
    '/api/auth/wechat',
    {
      config: signInRateLimit,
      schema: {
        tags: ['auth'],
        summary: 'Sign in from the mini-program with the Taro.login code (code2session)',
        body: WechatLoginBody,
        response: { 200: SessionResponse, ...errorResponses },
      },
    },
    async (request) => session(await wechatSignIn(app.db, options.wechat, request.body.code)),
  );

  app.post(
    '/api/auth/wechat-phone',
    {
      config: signInRateLimit,
      schema: {
        tags: ['auth'],
        summary: '微信手机号一键登录: the Taro.login code and the getPhoneNumber code; the account of that number, linked to this WeChat',
        body: WechatPhoneLoginBody,
        response: { 200: SessionResponse, ...errorResponses },
      },
    },
    async (request) => session(await wechatPhoneSignIn(app.db, options.wechat, request.body.loginCode, request.body.phoneCode)),
  );

  app.post(
    '/api/me/wechat',
    {
      onRequest: [app.authenticate],
      config: signInRateLimit,
      schema: {
        tags: ['auth'],
        summary: 'Link the WeChat the mini-program runs in (its Taro.login code) to my account, for subscribe messages',
        body: WechatLoginBody,
        response: { 200: BindWechatResponse, ...errorResponses },
      },
    },
    async (request) => {
      await bindWechat(app.db, options.wechat, request.user.id, request.body.code);
      return { bound: true as const };
    },
  );

  app.get(
    '/api/me',
    {
      onRequest: [app.authenticate],
      schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: UserView, ...errorResponses } },
    },
    async (request) => {
      const user = await findUserById(app.db, request.user.id);
      if (!user) throw new AppError('UNAUTHENTICATED', 'this account no longer exists; please sign in again');
      return service.toUserView(user, user.id, false);
    },
  );
};

export default authRoutes;
