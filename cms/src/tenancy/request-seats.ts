import type { Core } from '@strapi/strapi';
import { roleAtLeast, type EditorialRole } from '@portal/contract';
import { requestAdminUser } from '../workflow/actor';
import { isProvincialAdmin, seatsOf, type TenantSeat } from './membership';

/**
 * The board member the current admin request acts for, with their seats; undefined when the call
 * is not an admin request of a board member (the provincial administrator, API tokens, the
 * publisher, the seed and the scheduler are not fenced in by tenant).
 */
export interface BoardMember {
  userId: number;
  seats: TenantSeat[];
  tenantIdsWhere(minimum: EditorialRole): number[];
}

export async function currentBoardMember(strapi: Core.Strapi): Promise<BoardMember | undefined> {
  const user = requestAdminUser(strapi);
  if (!user || isProvincialAdmin(user)) return undefined;
  return boardMember(user.id, await seatsDuringRequest(strapi, user.id));
}

/**
 * A person's seats, read once per request: one admin request evaluates six RBAC conditions and
 * makes many Document Service calls, and the memberships do not change in between.
 */
export function seatsDuringRequest(strapi: Core.Strapi, userId: number): Promise<TenantSeat[]> {
  const ctx: any = strapi.requestContext.get();
  if (!ctx) return seatsOf(strapi, userId);
  const cache: Map<number, Promise<TenantSeat[]>> = (ctx.state.portalSeats ??= new Map());
  if (!cache.has(userId)) cache.set(userId, seatsOf(strapi, userId));
  return cache.get(userId)!;
}

export function boardMember(userId: number, seats: TenantSeat[]): BoardMember {
  return {
    userId,
    seats,
    tenantIdsWhere: (minimum) => seats.filter((seat) => roleAtLeast(seat.role, minimum)).map((seat) => seat.tenantId),
  };
}
