import { Injectable } from '@nestjs/common';

/** The schema version applied at start, for /health. */
@Injectable()
export class SchemaState {
  version: string | null = null;
}
