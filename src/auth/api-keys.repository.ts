import { Injectable } from '@nestjs/common';
import { cypher } from '../database/cypher-registry';
import { Neo4jGateway } from '../database/neo4j-gateway';
import { Role } from './roles';

export interface ApiKeyRecord {
  name: string;
  role: Role;
  prefix: string;
  createdAt: Date;
  revokedAt: Date | null;
}

const toKey = (row: unknown) => row as ApiKeyRecord;

/** The only place that runs API-key queries. */
@Injectable()
export class ApiKeysRepository {
  constructor(private readonly db: Neo4jGateway) {}

  async create(key: { name: string; role: Role; hash: string; prefix: string }): Promise<ApiKeyRecord> {
    const [row] = await this.db.write((tx) => tx.run(cypher().apiKeys.create, { key }));
    return toKey(row.key);
  }

  async findByHash(hash: string): Promise<ApiKeyRecord | null> {
    const [row] = await this.db.read(cypher().apiKeys.findByHash, { hash });
    return row ? toKey(row.key) : null;
  }

  async list(): Promise<ApiKeyRecord[]> {
    return (await this.db.read(cypher().apiKeys.list)).map((row) => toKey(row.key));
  }

  async revoke(name: string): Promise<ApiKeyRecord | null> {
    const [row] = await this.db.write((tx) => tx.run(cypher().apiKeys.revoke, { name }));
    return row ? toKey(row.key) : null;
  }

  async countActive(): Promise<number> {
    const [row] = await this.db.read(cypher().apiKeys.countActive);
    return Number(row.active);
  }
}
