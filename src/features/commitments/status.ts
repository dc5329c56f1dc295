// Pure rules of commitment status.
import { AppError } from '../../domain/errors.ts';

export const COMMITMENT_STATUSES = ['proposed', 'agreed', 'in_progress', 'done', 'dropped'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const COMMITMENT_TRANSITIONS: Record<CommitmentStatus, readonly CommitmentStatus[]> = {
  proposed: ['agreed', 'in_progress', 'dropped'],
  agreed: ['in_progress', 'done', 'dropped'],
  in_progress: ['done', 'dropped'],
  done: ['in_progress'],
  dropped: ['proposed'],
};

export const OPEN_COMMITMENT_STATUSES: readonly CommitmentStatus[] = ['proposed', 'agreed', 'in_progress'];

export function assertCommitmentTransition(from: CommitmentStatus, to: CommitmentStatus): void {
  if (from === to) return;
  if (!COMMITMENT_TRANSITIONS[from].includes(to)) {
    throw new AppError('invalid_transition', `a commitment cannot go from ${from} to ${to}; from ${from} it can go to ${COMMITMENT_TRANSITIONS[from].join(', ')}`,
      { entity: 'commitment', from, to, allowed: COMMITMENT_TRANSITIONS[from] }, 409);
  }
}
