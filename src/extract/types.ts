// Public types of the extraction engine. The contract mirrors PRODUCT.md's "Extraction contract".
import type { RoleCode, TopicCode } from '../domain/taxonomy.ts';

export type Lang = 'de' | 'en' | 'zh';
export const LANGS: readonly Lang[] = ['de', 'en', 'zh'];
export type ContractKind = 'meeting' | 'video_call' | 'signing' | 'forum' | 'visit_announcement' | 'none';
export const CONTRACT_KINDS: readonly ContractKind[] = ['meeting', 'video_call', 'signing', 'forum', 'visit_announcement', 'none'];
export type Side = 'host' | 'guest';

/** Half-open character range [start, end) into the input text. */
export type Span = [number, number];

export interface ContractParticipant {
  name: string;
  role: RoleCode;
  of: string | null;
  side: Side | null;
}

/** Exactly the JSON object of PRODUCT.md's extraction contract. */
export interface Contract {
  id: string | null;
  kind: ContractKind;
  date: string | null;
  end_date: string | null;
  location: string | null;
  cities: string[];
  participants: ContractParticipant[];
  topics: TopicCode[];
  agreement_signed: boolean;
}

/** Where a value came from: confidence 0..1, the span of the evidence and its sentence. */
export interface Evidence<T> {
  value: T;
  confidence: number;
  span: Span | null;
  sentence: string | null;
}

export interface ParticipantEvidence extends Evidence<ContractParticipant> {
  role: Evidence<RoleCode>;
  of: Evidence<string | null>;
  side: Evidence<Side | null>;
}

export interface Provenance {
  lang: Evidence<Lang>;
  kind: Evidence<ContractKind>;
  date: Evidence<string | null>;
  end_date: Evidence<string | null>;
  location: Evidence<string | null>;
  cities: Evidence<string>[];
  participants: ParticipantEvidence[];
  topics: Evidence<TopicCode>[];
  agreement_signed: Evidence<boolean>;
}

export interface ExtractionResult {
  contract: Contract;
  provenance: Provenance;
  /** People found in the text who were judged not to take part (for review screens). */
  mentioned: Evidence<ContractParticipant>[];
  warnings: string[];
}

export interface ExtractOptions {
  /** Publication date YYYY-MM-DD; relative dates are resolved against it. */
  published?: string;
  lang?: Lang;
  id?: string;
  limits?: Partial<ExtractionLimits>;
}

export interface ExtractionLimits {
  /** Longest accepted text in characters (after HTML stripping). Default 1,000,000. */
  maxChars: number;
  /** Share of control/replacement characters above which the input is treated as binary. Default 0.02. */
  maxBinaryRatio: number;
}

export const DEFAULT_LIMITS: ExtractionLimits = { maxChars: 1_000_000, maxBinaryRatio: 0.02 };

export type ExtractionErrorCode =
  | 'empty_text' | 'binary_input' | 'text_too_large' | 'unsupported_language' | 'invalid_option';

export class ExtractionInputError extends Error {
  readonly code: ExtractionErrorCode;
  constructor(code: ExtractionErrorCode, message: string) {
    super(message);
    this.name = 'ExtractionInputError';
    this.code = code;
  }
}
