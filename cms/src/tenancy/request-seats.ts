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
  const ctx: any = strapi.requestContext.get();
  // One request makes many Document Service calls; the memberships are read once per request.
  ctx.state.portalSeats ??= seatsOf(strapi, user.id);
  return boardMember(user.id, await ctx.state.portalSeats);
}

export function boardMember(userId: number, seats: TenantSeat[]): BoardMember {
  return {
    userId,
    seats,
    tenantIdsWhere: (minimum) => seats.filter((seat) => roleAtLeast(seat.role, minimum)).map((seat) => seat.tenantId),
  };
}
