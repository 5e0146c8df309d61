import { ArgumentMetadata } from '@nestjs/common';
import { GqlParamtype } from '@nestjs/graphql/dist/enums/gql-paramtype.enum.js';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, MaxLength, Min, ValidateNested } from 'class-validator';
import { DomainError } from './domain-error';
import { ArgsValidationPipe } from './validation';

class Filter {
  @IsOptional() @MaxLength(3) search?: string;
}

class PageArgs {
  @IsInt() @Min(1) first = 25;
  @IsOptional() @ValidateNested() @Type(() => Filter) filter?: Filter;
}

describe('ArgsValidationPipe', () => {
  const pipe = new ArgsValidationPipe();
  const args = { type: GqlParamtype.ARGS as unknown as ArgumentMetadata['type'], metatype: PageArgs };

  it('hands the resolver an instance of the argument class, nested classes included', () => {
    const value = pipe.transform({ first: 5, filter: { search: 'ab' } }, args) as PageArgs;
    expect(value).toBeInstanceOf(PageArgs);
    expect(value.filter).toBeInstanceOf(Filter);
    expect(value).toEqual({ first: 5, filter: { search: 'ab' } });
  });

  it('reports every broken rule with its field as BAD_USER_INPUT', () => {
    let thrown: unknown;
    try {
      pipe.transform({ first: 0, filter: { search: 'abcd' } }, args);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    const { code, problems } = thrown as DomainError;
    expect(code).toBe('BAD_USER_INPUT');
    expect(problems.map((problem) => problem.field)).toEqual(['first', 'filter.search']);
  });

  it('leaves the parent, context and info of a resolver alone, and absent arguments', () => {
    const parent = { first: 0 };
    for (const type of [GqlParamtype.ROOT, GqlParamtype.CONTEXT, GqlParamtype.INFO]) {
      expect(
        pipe.transform(parent, { type: type as unknown as ArgumentMetadata['type'], metatype: PageArgs }),
      ).toBe(parent);
    }
    expect(pipe.transform(null, args)).toBeNull();
    expect(pipe.transform(undefined, args)).toBeUndefined();
    expect(pipe.transform('text', { ...args, metatype: String })).toBe('text');
  });
});
