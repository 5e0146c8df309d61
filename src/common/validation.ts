import { ArgumentMetadata, PipeTransform, ValidationError } from '@nestjs/common';
import { GqlParamtype } from '@nestjs/graphql/dist/enums/gql-paramtype.enum.js';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DomainError, FieldProblem } from './domain-error';
import { passesValidation } from './validation-rules';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Types that are values, not argument classes: nothing of theirs is validated. */
const VALUE_TYPES = new Set<unknown>([String, Boolean, Number, Array, Object, Buffer, Date]);

/**
 * Resolver parameters that hold what the server made (the parent object, the context, the
 * resolve info, custom decorators' values), not what the client sent: a field resolver's parent
 * is one of many items of a list, and copying and checking each one would cost every nested
 * query for nothing.
 */
const SERVER_VALUES = new Set<unknown>([
  GqlParamtype.ROOT,
  GqlParamtype.CONTEXT,
  GqlParamtype.INFO,
  'custom',
]);

/**
 * Validates every @Args input class with its class-validator rules and hands the resolver an
 * instance of it; all problems are reported at once as BAD_USER_INPUT. Leaner than NestJS's
 * ValidationPipe, which runs on every GraphQL request: the values come from GraphQL, already
 * coerced to the schema (only its own field names, no binary values, no sparse arrays), so the
 * pipe's guards for raw HTTP bodies have nothing to do, and no rule is asynchronous. Arguments
 * that are absent or null are left as they are (GraphQL has checked that they may be), and so
 * are the parent, context and info parameters (NestJS's pipe copied every parent).
 */
export class ArgsValidationPipe implements PipeTransform {
  transform(value: unknown, { metatype, type }: ArgumentMetadata): unknown {
    if (SERVER_VALUES.has(type) || !metatype || VALUE_TYPES.has(metatype)) return value;
    return checkedArguments(metatype as new () => object, value);
  }
}

/**
 * `value` (arguments as GraphQL coerced them) as an instance of `type`, checked by its
 * class-validator rules (BAD_USER_INPUT listing every problem); absent or null values as they are.
 */
export function checkedArguments<T extends object>(type: new () => T, value: unknown): T {
  if (typeof value !== 'object' || value === null) return value as T;
  const instance = plainToInstance(type, value);
  if (passesValidation(instance)) return instance;
  const errors = validateSync(instance, { forbidUnknownValues: false });
  if (errors.length > 0) throw DomainError.invalid(flatten(errors));
  return instance;
}
