import { applyDecorators } from '@nestjs/common';
import { IsOptional, Matches, MaxLength } from 'class-validator';

export const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** An optional entity id: a lowercase slug (letters, digits, dashes), at most 100 characters. */
export function IsOptionalSlug(): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    Matches(SLUG, { message: '$property must be a lowercase slug: letters, digits and dashes' }),
    MaxLength(100),
  );
}

/** Derives a slug id from a name ("Yuri Ushakov" -> "yuri-ushakov"). */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
  return slug || 'item';
}
