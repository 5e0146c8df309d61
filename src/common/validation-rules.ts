import { getMetadataStorage, ValidationArguments, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

/**
 * A quick yes to "would class-validator find nothing wrong with this instance?", from the same
 * rules run without class-validator's per-call work (it looks up and groups a class's rules on
 * every call: about two thirds of its time on a query's arguments). Exact on what it supports;
 * a class with a rule of any other kind (asynchronous ones) is never passed, so that the caller
 * runs class-validator itself, which also writes the messages when a rule fails.
 * A class's rules and their constraints are read once, at its first check: decorators add them
 * when the classes load, and the API sets no custom container for constraints (`useContainer`).
 */
export function passesValidation(instance: object): boolean {
  const rules = rulesOf(instance.constructor as ValidatedClass);
  if (rules === null) return false;
  for (const property of rules) {
    const value = (instance as Record<string, unknown>)[property.name];
    if (!property.conditions.every((condition) => condition(instance, value))) continue;
    for (const rule of property.checks) if (!passesRule(rule, instance, value)) return false;
    if (property.nested && !passesNested(value)) return false;
  }
  return true;
}

/** A class whose instances are validated (instance.constructor, as class-validator keys its rules). */
export type ValidatedClass = abstract new (...args: never[]) => object;

/** One class-validator rule with the constraint that checks it. */
interface Rule {
  metadata: ValidationMetadata;
  validate: (value: unknown, args: ValidationArguments) => unknown;
}

interface PropertyRules {
  name: string;
  /** ValidateIf / IsOptional: the property's rules apply only when each of these holds. */
  conditions: ((object: object, value: unknown) => boolean)[];
  /** IsDefined and the custom (built-in or own) rules, each with its constraint. */
  checks: Rule[];
  /** ValidateNested. */
  nested: boolean;
}

const SUPPORTED: ReadonlySet<string> = new Set([
  ValidationTypes.CUSTOM_VALIDATION,
  ValidationTypes.IS_DEFINED,
  ValidationTypes.CONDITIONAL_VALIDATION,
  ValidationTypes.NESTED_VALIDATION,
  // Ignored by class-validator unless whitelisting is asked for, which the pipe does not.
  ValidationTypes.WHITELIST,
]);

/** The rules are fixed once the classes are loaded: read once per class. */
const rulesByClass = new Map<ValidatedClass, PropertyRules[] | null>();

function rulesOf(target: ValidatedClass): PropertyRules[] | null {
  let rules = rulesByClass.get(target);
  if (rules === undefined) {
    rules = readRules(target);
    rulesByClass.set(target, rules);
  }
  return rules;
}

/** What validateSync(instance) without groups applies to instances of `target`, by property. */
function readRules(target: ValidatedClass): PropertyRules[] | null {
  const storage = getMetadataStorage();
  const metadatas = storage.getTargetValidationMetadatas(
    target,
    undefined as unknown as string,
    false,
    false,
  );
  const byName = new Map<string, PropertyRules>();
  for (const metadata of metadatas) {
    if (!SUPPORTED.has(metadata.type)) return null;
    if (metadata.type === ValidationTypes.WHITELIST) continue;
    let property = byName.get(metadata.propertyName);
    if (!property) {
      property = { name: metadata.propertyName, conditions: [], checks: [], nested: false };
      byName.set(metadata.propertyName, property);
    }
    if (metadata.type === ValidationTypes.CONDITIONAL_VALIDATION) {
      property.conditions.push(metadata.constraints[0] as PropertyRules['conditions'][number]);
    } else if (metadata.type === ValidationTypes.NESTED_VALIDATION) {
      property.nested = true;
    } else {
      for (const constraint of storage.getTargetValidatorConstraints(metadata.constraintCls)) {
        if (constraint.async) return null;
        const instance = constraint.instance as { validate: Rule['validate'] };
        property.checks.push({ metadata, validate: instance.validate.bind(instance) });
      }
    }
  }
  return [...byName.values()];
}

function passesRule({ metadata, validate }: Rule, object: object, value: unknown): boolean {
  if (metadata.validateIf && !metadata.validateIf(object, value)) return true;
  const args: ValidationArguments = {
    targetName: object.constructor?.name,
    property: metadata.propertyName,
    object,
    value,
    constraints: metadata.constraints,
  };
  if (!metadata.each || !isCollection(value)) return passed(validate(value, args));
  return itemsOf(value).every((item) => passed(validate(item, args)));
}

/** A constraint's answer; a promise (an asynchronous check) is left to class-validator. */
function passed(answer: unknown): boolean {
  return !(answer instanceof Promise) && Boolean(answer);
}

function isCollection(value: unknown): value is unknown[] | Set<unknown> | Map<unknown, unknown> {
  return Array.isArray(value) || value instanceof Set || value instanceof Map;
}

function itemsOf(collection: unknown[] | Set<unknown> | Map<unknown, unknown>): unknown[] {
  if (Array.isArray(collection)) return collection;
  return collection instanceof Map ? [...collection.values()] : [...collection];
}

/** ValidateNested: an object by its own class's rules, each item of an array, Set or Map alike. */
function passesNested(value: unknown): boolean {
  if (value === undefined) return true;
  if (isCollection(value)) return itemsOf(value).every(passesNested);
  return value instanceof Object && passesValidation(value);
}
