import fc from 'fast-check';
import {
  getMetadataStorage,
  IsDefined,
  IsInt,
  IsOptional,
  IsString,
  Max,
  Min,
  Validate,
  ValidateIf,
  ValidateNested,
  ValidatePromise,
  ValidatorConstraint,
  ValidatorConstraintInterface,
  validateSync,
} from 'class-validator';
import { sourceExports } from '../../test/support/source-exports';
import { passesValidation, ValidatedClass } from './validation-rules';

/** Every class of the API's arguments and inputs: those of the files that declare any. */
function argumentClasses(): ValidatedClass[] {
  return sourceExports(/@(ArgsType|InputType)\(/).filter(
    (value): value is ValidatedClass =>
      typeof value === 'function' && propertiesOf(value as ValidatedClass).length > 0,
  );
}

function rulesOf(target: ValidatedClass) {
  return getMetadataStorage().getTargetValidationMetadatas(
    target,
    undefined as unknown as string,
    false,
    false,
  );
}

function propertiesOf(target: ValidatedClass): string[] {
  return [...new Set(rulesOf(target).map((rule) => rule.propertyName))];
}

const classes = argumentClasses();

/** The values of every enum a rule names (IsEnum), so that random values hit them too. */
const enumValues = classes.flatMap((target) =>
  rulesOf(target)
    .filter((rule) => rule.name === 'isEnum')
    .flatMap((rule) => Object.values(rule.constraints[0] as object) as unknown[]),
);

/** Values near and across the rules' bounds: numbers around 0-1 and 0-100, slugs and not, lists. */
const scalar = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 600 }),
  fc.double({ min: -1, max: 2 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 1e9),
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,6}$/),
  fc.string({ maxLength: 4 }),
  fc.constantFrom('', 'x'.repeat(201), 'A-b', ...enumValues),
  fc.date({ noInvalidDate: true }),
);

const withValues = (target: ValidatedClass, values: Record<string, unknown>): object =>
  Object.assign(Object.create(target.prototype as object) as object, values);

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    { weight: 8, arbitrary: scalar },
    fc.array(tie('value'), { maxLength: 3 }),
    tie('instance'),
  ),
  instance: fc
    .constantFrom(...classes)
    .chain((target) =>
      fc
        .record(Object.fromEntries(propertiesOf(target).map((name) => [name, tie('value')])))
        .map((values) => withValues(target, values)),
    ),
})).value;

/** Values that satisfy many single rules: what a property that failed is given in turn. */
const FITTING: unknown[] = [
  undefined,
  false,
  0,
  0.5,
  1,
  50,
  100,
  'a',
  'slug-1',
  new Date(0),
  [],
  ['a'],
  ...enumValues,
];

/**
 * The instance with each property that breaks a rule given, in turn, the FITTING values (from
 * `start` on) until it breaks none or none is left: so that valid instances of every class come up.
 */
function mended(instance: object, start: number): object {
  const values = instance as Record<string, unknown>;
  const failing = () =>
    new Set(validateSync(instance, { forbidUnknownValues: false }).map((e) => e.property));
  for (const property of failing()) {
    for (let step = 0; step < FITTING.length && failing().has(property); step++) {
      values[property] = FITTING[(start + step) % FITTING.length];
    }
  }
  return instance;
}

const instanceOf = (target: ValidatedClass) =>
  fc
    .tuple(
      fc.record(Object.fromEntries(propertiesOf(target).map((name) => [name, value]))),
      fc.boolean(),
      fc.nat(FITTING.length - 1),
    )
    .map(([values, mend, start]) => {
      const instance = withValues(target, values);
      return mend ? mended(instance, start) : instance;
    });

describe('passesValidation', () => {
  let rejected = 0;

  it('finds the classes of the API arguments (and their rules) to check against', () => {
    expect(classes.length).toBeGreaterThan(20);
  });

  it.each(classes.map((target) => [target.name, target] as const))(
    'says yes to a %s exactly when class-validator finds nothing wrong',
    (_name, target) => {
      let passed = 0;
      fc.assert(
        fc.property(instanceOf(target), (instance) => {
          const valid = validateSync(instance, { forbidUnknownValues: false }).length === 0;
          if (valid) passed++;
          else rejected++;
          expect(passesValidation(instance)).toBe(valid);
        }),
        { numRuns: 200, seed: 20261127 },
      );
      expect(passed).toBeGreaterThan(0);
    },
  );

  it('was put to both answers: the values broke rules too', () => {
    expect(rejected).toBeGreaterThan(classes.length * 20);
  });

  it('agrees with class-validator on the rule options the API does not use yet', () => {
    class Inner {
      @IsInt() n?: unknown;
    }
    class Unusual {
      flag?: unknown;
      @ValidateIf((object: Unusual) => object.flag === true) @IsString() whenFlagged?: unknown;
      @IsDefined() defined?: unknown;
      @IsOptional() @IsString({ each: true }) tags?: unknown;
      @IsOptional() @Min(1, { groups: ['strict'] }) @Max(5, { always: true }) level?: unknown;
      @IsOptional() @ValidateNested({ each: true }) inner?: unknown;
    }
    const inner = (n: unknown) => Object.assign(new Inner(), { n });
    const values = fc.constantFrom<unknown>(
      undefined,
      null,
      'a',
      0,
      3,
      9,
      true,
      ['a', 'b'],
      [1],
      new Set(['a']),
      new Set([1]),
      new Map([['k', inner(2)]]),
      new Map([['k', inner('x')]]),
      new Set([inner(2)]),
      [inner(2)],
      [inner('x')],
      inner(2),
      inner('x'),
      [[inner(2)]],
      [undefined],
    );
    // Absent values often, so that whole instances pass too.
    const anything = fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, values);
    const counts = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(
        fc.record({
          flag: fc.constantFrom(true, false),
          whenFlagged: anything,
          defined: anything,
          tags: anything,
          level: anything,
          inner: anything,
        }),
        (values) => {
          const instance = Object.assign(new Unusual(), values);
          const valid = validateSync(instance, { forbidUnknownValues: false }).length === 0;
          counts[valid ? 'valid' : 'invalid']++;
          expect(passesValidation(instance)).toBe(valid);
        },
      ),
      { numRuns: 1000, seed: 20261127 },
    );
    expect(counts.valid).toBeGreaterThan(20);
    expect(counts.invalid).toBeGreaterThan(20);
  });

  it('leaves a class with an asynchronous rule or a promised value to class-validator', () => {
    @ValidatorConstraint({ async: true })
    class Eventually implements ValidatorConstraintInterface {
      validate() {
        return Promise.resolve(true);
      }
    }
    class WithAsyncRule {
      @Validate(Eventually) x?: unknown;
    }
    class WithPromisedValue {
      @ValidatePromise() @IsOptional() x?: unknown;
    }
    expect(passesValidation(new WithAsyncRule())).toBe(false);
    expect(passesValidation(new WithPromisedValue())).toBe(false);
  });
});
