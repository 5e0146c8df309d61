/** The instant a read is computed at: the caller's asOf, or now. Reports echo it back. */
export function resolveAsOf(asOf?: Date | null): Date {
  return asOf ?? new Date();
}
