// Route guard by global role (after authentication). Per-object access is decided in the services.
import type { FastifyRequest } from 'fastify';
import type { Role } from '../../../types';
import { AppError } from './app-error';

export function requireRole(...roles: Role[]) {
  return async function roleGuard(request: FastifyRequest): Promise<void> {
    if (!request.user.roles.some((r) => roles.includes(r))) {
      request.log.warn({ userId: request.user.id, route: request.routeOptions.url }, 'access denied by role');
      throw new AppError('FORBIDDEN', 'your account cannot do this');
    }
  };
}
