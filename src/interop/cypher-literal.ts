import { compactCypher } from '../database/cypher-registry';

/** A value that can be written as a Cypher literal. */
export type CypherValue =
  null | boolean | number | string | CypherValue[] | { [key: string]: CypherValue | undefined };

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PARAMETER = /\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** A character to escape: backslash, quote, control, line or paragraph separator, lone surrogate. */
const NEEDS_ESCAPE_SOURCE =
  // eslint-disable-next-line no-control-regex
  /[\\'\u0000-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
    .source;
const NEEDS_ESCAPE = new RegExp(NEEDS_ESCAPE_SOURCE);
const NEEDS_ESCAPE_GLOBAL = new RegExp(NEEDS_ESCAPE_SOURCE, 'g');

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/**
 * A string as a single-quoted Cypher literal: backslash and quote escaped, control characters,
 * line and paragraph separators and lone surrogates as escapes; other characters (accents,
 * typographic quotes, emoji) stay as they are, the file being UTF-8.
 */
export function cypherString(text: string): string {
  // Most strings (ids, names, dates) need no escape: one test instead of a replace with a callback.
  if (!NEEDS_ESCAPE.test(text)) return `'${text}'`;
  const escaped = text.replace(
    NEEDS_ESCAPE_GLOBAL,
    (char) => ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${escaped}'`;
}

/** Map keys as written, by name: the same few keys recur on every row of an export. */
const KEYS = new Map<string, string>();

function key(name: string): string {
  let written = KEYS.get(name);
  if (written === undefined) {
    written = IDENTIFIER.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
    if (KEYS.size < 1000) KEYS.set(name, written);
  }
  return written;
}

/** Any value as a Cypher literal; map entries whose value is undefined are left out. */
export function cypherLiteral(value: CypherValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${value} has no Cypher literal`);
    return String(value);
  }
  if (typeof value === 'string') return cypherString(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  let text = '';
  for (const name in value) {
    const inner = value[name];
    if (inner === undefined) continue;
    text += `${text === '' ? '' : ', '}${key(name)}: ${cypherLiteral(inner)}`;
  }
  return `{${text}}`;
}

/**
 * A query file turned into a statement without parameters: comment lines dropped, each
 * `$name` replaced by the literal of its value (a list one item per line), `;` at the end.
 */
export function renderStatement(template: string, params: Record<string, CypherValue>): string {
  const text = compactCypher(template).replace(PARAMETER, (_, name: string) => {
    if (!Object.hasOwn(params, name)) throw new Error(`no value for $${name}`);
    const value = params[name];
    return Array.isArray(value) ? `[\n${value.map(cypherLiteral).join(',\n')}\n]` : cypherLiteral(value);
  });
  return `${text};\n`;
}
