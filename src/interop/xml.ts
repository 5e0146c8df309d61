import { AttributeType, AttributeValue } from './graph-model';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Text for XML 1.0 content or a double-quoted attribute: markup characters as entities, tabs
 * and line breaks as character references (so attribute values keep them), and characters XML
 * 1.0 cannot carry at all (other control characters, lone surrogates, U+FFFE, U+FFFF) as U+FFFD.
 */
export function xmlText(text: string): string {
  return text
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      '\ufffd',
    )
    .replace(/[&<>"'\t\n\r]/g, (char) => ENTITIES[char]);
}

/** A typed attribute value as XML text, or null when absent or not of its declared type. */
export function xmlValue(type: AttributeType, value: AttributeValue): string | null {
  if (value === null || value === undefined) return null;
  if (type === 'boolean') return typeof value === 'boolean' ? String(value) : null;
  if (type === 'double' || type === 'int') {
    if (typeof value !== 'number' || !Number.isFinite(value)) return null;
    return type === 'int' ? String(Math.round(value)) : String(value);
  }
  return xmlText(String(value));
}
