// Every write is rate-limited per signed-in person (per address before sign-in), so no one account can flood the
// service centre with requests or the database with writes. Routes with a limit of their own (sign-in codes,
// uploads, family codes, resident look-up) keep theirs. WRITE_LIMIT_PER_MINUTE sets the budget; the load
// benchmarks raise it because they measure capacity, not this guard.
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const writeLimit = fp(
  async (app, options: { perMinute: number }) => {
    const check = app.createRateLimit({ max: options.perMinute, timeWindow: 60_000, keyGenerator: (request) => request.user?.id ?? request.ip });
    // A callback hook, not an async one: every request passes through it, and an async hook would cost each read a
    // promise and a turn of the microtask queue only to find it has nothing to check. App-wide (not added per route)
    // so it keeps its place before the routes' own preHandlers, the idempotency claim among them.
    app.addHook('preHandler', (request, _reply, done) => {
      if (!WRITE_METHODS.has(request.method) || request.routeOptions.config.rateLimit) return done();
      check(request).then((verdict) => {
        if (!verdict.isAllowed && verdict.isExceeded) {
          done(new AppError('RATE_LIMITED', `too many changes in one minute; wait ${verdict.ttlInSeconds} seconds and try again`));
        } else done();
      }, done);
    });
  },
  { name: 'write-limit', dependencies: ['@fastify/rate-limit'] },
);
