// The API's shapes, taken from the server's zod contracts (types only: nothing server-side is bundled).
import type { z } from 'zod';
import type { engagementSummary, participant, statement } from '../../features/engagements/contract.ts';
import type { Organisation } from '../../features/organisations/contract.ts';
import type { Partnership } from '../../features/partnerships/contract.ts';
import type { Person, personSummary } from '../../features/people/contract.ts';
import type { Place, PlaceSummary } from '../../features/places/contract.ts';
import type { Source, sourceSummary } from '../../features/sources/contract.ts';
import type { draftSummary, resolvedParticipant, resolvedPlace, sameEventCandidate } from '../../features/ingest/contract.ts';
import type { feed } from '../../features/ingest/feeds.ts';

export type { Engagement, EngagementInput, EngagementPatch } from '../../features/engagements/contract.ts';
export type { PartnershipInput, PartnershipPatch } from '../../features/partnerships/contract.ts';
export type { Organisation, Partnership, Person, Place, PlaceSummary, Source };
export type EngagementSummary = z.infer<typeof engagementSummary>;
export type Participant = z.infer<typeof participant>;
export type Statement = z.infer<typeof statement>;
export type PersonSummary = z.infer<typeof personSummary>;
export type SourceSummary = z.infer<typeof sourceSummary>;

export interface Stats { places: number; partnerships: number; engagements: number; people: number; organisations: number; sources: number; countries: number }

export interface SearchResults { places: Place[]; people: PersonSummary[]; engagements: EngagementSummary[]; sources: SourceSummary[] }

// Press releases turned into drafts for review (the extraction's own types: contract and provenance).
export type { Draft } from '../../features/ingest/contract.ts';
export type { ContractParticipant, Evidence, ExtractionResult, ParticipantEvidence, Span } from '../../extract/types.ts';
export type DraftSummary = z.infer<typeof draftSummary>;
export type SameEventCandidate = z.infer<typeof sameEventCandidate>;
export type ResolvedPlace = z.infer<typeof resolvedPlace>;
export type ResolvedParticipant = z.infer<typeof resolvedParticipant>;
export type Feed = z.infer<typeof feed>;
export interface FeedPollResult { feedId: number; items: number; drafted: number; skipped: number; failed: { key: string; error: string }[] }
export interface IngestRequest { text?: string; url?: string; html?: string; published?: string; lang?: 'de' | 'en' | 'zh' }

// Follow-through (issue 4): agreements, commitments, projects, a partnership's follow-through and health.
export type { Agreement, AgreementInput, AgreementPatch } from '../../features/agreements/contract.ts';
export type { Commitment, CommitmentInput, CommitmentPatch } from '../../features/commitments/contract.ts';
export type { Project, ProjectInput, ProjectPatch } from '../../features/projects/contract.ts';
export type { PartnershipHealth } from '../../features/health/contract.ts';
export type { CommitmentNode, FollowThrough, ProjectNode } from '../../features/health/follow-through-contract.ts';
export interface ProgressImportResult { rows: number; projectsUpdated: number; milestonesCreated: number; milestonesUpdated: number; dryRun: boolean }
