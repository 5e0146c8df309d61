// Compares two normalised answers and says where they first differ.

/** Numbers are rounded to 1e-9 so that the same double printed twice compares equal. */
function canonical(value) {
  if (typeof value === 'number') return Math.round(value * 1e9) / 1e9;
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical(value[key])]),
    );
  }
  return value ?? null;
}

/** Returns null when equal, otherwise a short description of the first difference. */
export function difference(expected, actual, path = '$') {
  const a = canonical(expected);
  const b = canonical(actual);
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items vs ${b.length}`;
    for (let i = 0; i < a.length; i += 1) {
      const inner = difference(a[i], b[i], `${path}[${i}]`);
      if (inner) return inner;
    }
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const inner = difference(a[key], b[key], `${path}.${key}`);
      if (inner) return inner;
    }
  }
  const show = (x) => JSON.stringify(x)?.slice(0, 120);
  return `${path}: ${show(a)} vs ${show(b)}`;
}

export const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
