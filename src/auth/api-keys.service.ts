import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DomainError, withConflictMessage } from '../common/domain-error';
import { ApiKeyRecord, ApiKeysRepository } from './api-keys.repository';
import { OPEN_PRINCIPAL, Principal, Role } from './roles';

/** How long a verified key or the "no keys" state is trusted before asking the database again. */
const CACHE_MS = 5000;

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * API keys: secrets are random 32-byte tokens shown once; only their SHA-256 is stored (a slow
 * hash buys nothing for random secrets of that length). Verified keys are cached briefly, so a
 * revocation takes effect within CACHE_MS.
 */
@Injectable()
export class ApiKeysService {
  private readonly verified = new Map<string, { principal: Principal | null; at: number }>();
  private open: { value: boolean; at: number } | undefined;

  constructor(private readonly keys: ApiKeysRepository) {}

  async create(name: string, role: Role): Promise<{ key: ApiKeyRecord; secret: string }> {
    if (!/^[\w.@-]{1,100}$/.test(name))
      throw DomainError.badInput('name', 'use 1-100 letters, digits, . _ @ -');
    const secret = `fl_${randomBytes(32).toString('base64url')}`;
    const key = await withConflictMessage(
      this.keys.create({ name, role, hash: hashSecret(secret), prefix: secret.slice(0, 7) }),
      `a key named "${name}" already exists`,
      'name',
    );
    this.forget();
    return { key, secret };
  }

  list(): Promise<ApiKeyRecord[]> {
    return this.keys.list();
  }

  async revoke(name: string): Promise<ApiKeyRecord> {
    const key = await this.keys.revoke(name);
    if (!key) throw DomainError.notFound('API key', name, 'name');
    this.forget();
    return key;
  }

  /** Whether no key is active: the server then runs open (allowed on loopback only). */
  async isOpen(): Promise<boolean> {
    if (!this.open || Date.now() - this.open.at > CACHE_MS) {
      this.open = { value: (await this.keys.countActive()) === 0, at: Date.now() };
    }
    return this.open.value;
  }

  /** The principal of an `Authorization: Bearer` header; throws UNAUTHENTICATED when it is not valid. */
  async authenticate(authorization: string | undefined): Promise<Principal> {
    if (!authorization) {
      if (await this.isOpen()) return OPEN_PRINCIPAL;
      throw DomainError.unauthenticated('an API key is required: send Authorization: Bearer <key>');
    }
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw DomainError.unauthenticated('the Authorization header must be "Bearer <key>"');
    const hash = hashSecret(match[1]);
    let entry = this.verified.get(hash);
    if (!entry || Date.now() - entry.at > CACHE_MS) {
      const key = await this.keys.findByHash(hash);
      entry = {
        principal: key && !key.revokedAt ? { name: key.name, role: key.role } : null,
        at: Date.now(),
      };
      this.verified.set(hash, entry);
    }
    if (!entry.principal) throw DomainError.unauthenticated('this API key is unknown or revoked');
    return entry.principal;
  }

  private forget(): void {
    this.verified.clear();
    this.open = undefined;
  }
}
