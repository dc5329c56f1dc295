// The server explains each "same event" suggestion in English ("same day (2025-03-14)", "shared
// cities: Cologne, Shanghai"); these are the catalog keys that say it in the reader's language.

export type ReasonText = { key: string; values: Record<string, string> } | { key: null; text: string };

const PATTERNS: [RegExp, string, string][] = [
  [/^same day \((.+)\)$/, 'ingest.sameEvent.reasonSameDay', 'date'],
  [/^one day apart \((.+)\)$/, 'ingest.sameEvent.reasonOneDay', 'date'],
  [/^shared participants: (.+)$/, 'ingest.sameEvent.reasonPeople', 'names'],
  [/^shared cities: (.+)$/, 'ingest.sameEvent.reasonCities', 'names'],
];

export function reasonText(reason: string): ReasonText {
  for (const [pattern, key, name] of PATTERNS) {
    const match = pattern.exec(reason.trim());
    if (match) return { key, values: { [name]: match[1] } };
  }
  return { key: null, text: reason };
}
