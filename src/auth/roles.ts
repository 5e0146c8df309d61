import { registerEnumType } from '@nestjs/graphql';
import { DomainError } from '../common/domain-error';

/** What a key may do; each role includes the ones before it. */
export enum Role {
  READER = 'READER',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'READER: queries and exports; EDITOR: also writes; ADMIN: also keys.',
});

const RANK: Record<Role, number> = { READER: 1, EDITOR: 2, ADMIN: 3 };

export function allows(held: Role, needed: Role): boolean {
  return RANK[held] >= RANK[needed];
}

/** FORBIDDEN unless `principal` holds `needed`; `what` names the request for the message. */
export function requireRole(principal: { name: string; role: string }, needed: Role, what = 'this'): void {
  if (!allows(principal.role as Role, needed)) {
    throw DomainError.forbidden(`key "${principal.name}" is a ${principal.role}; ${what} needs ${needed}`);
  }
}

export function parseRole(text: string): Role | null {
  const upper = text.toUpperCase();
  return (Object.values(Role) as string[]).includes(upper) ? (upper as Role) : null;
}

/** Who made a request: a key's name and role, or the local user when the server runs open. */
export interface Principal {
  name: string;
  role: Role;
}

export const OPEN_PRINCIPAL: Principal = { name: 'local (no keys)', role: Role.ADMIN };
