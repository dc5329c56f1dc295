// Public API of the extraction engine (issue 3). Pure: no database, no network.
export { extractEngagement, toContract } from './extract.ts';
export { prepareText } from './input.ts';
export { detectLanguage } from './lang.ts';
export { findDates } from './dates.ts';
export { getGazetteer, Gazetteer } from './gazetteer.ts';
export type { Place, PlaceMatch, PlaceKind } from './gazetteer.ts';
export { findTitles, ROLE_RANK } from './titles.ts';
export * from './types.ts';
