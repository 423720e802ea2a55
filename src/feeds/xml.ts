/** Escapes text for XML element content and double-quoted attributes. */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Control characters other than tab and newlines are not allowed in XML 1.0 at all.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
  );
}

/** A calendar day as an RFC 3339 timestamp at midnight UTC (Atom needs a time; we only know days). */
export function dayTimestamp(isoDay: string): string {
  return `${isoDay}T00:00:00Z`;
}
