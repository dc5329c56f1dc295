// Pure rules of project progress: statuses with their default progress, allowed status changes, and the
// weighted roll-up of sub-projects into their parent. No I/O, so it is unit-tested on its own.
import { AppError } from '../../domain/errors.ts';

export const PROJECT_STATUSES = ['proposed', 'planned', 'in_progress', 'on_hold', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** The progress a project gets when it enters a status and no progress is given. */
export const PROJECT_STATUS_DEFAULT_PROGRESS: Record<ProjectStatus, number> = {
  proposed: 0, planned: 0, in_progress: 10, on_hold: 10, completed: 100, cancelled: 0,
};

/** Which status may follow which. Reopening a completed project and reviving a cancelled one are allowed. */
export const PROJECT_TRANSITIONS: Record<ProjectStatus, readonly ProjectStatus[]> = {
  proposed: ['planned', 'in_progress', 'cancelled'],
  planned: ['proposed', 'in_progress', 'on_hold', 'cancelled'],
  in_progress: ['on_hold', 'completed', 'cancelled'],
  on_hold: ['in_progress', 'cancelled'],
  completed: ['in_progress'],
  cancelled: ['planned'],
};

/** Statuses that count as running work (for health, stalled checks and the board). */
export const ACTIVE_PROJECT_STATUSES: readonly ProjectStatus[] = ['planned', 'in_progress'];
export const CLOSED_PROJECT_STATUSES: readonly ProjectStatus[] = ['completed', 'cancelled'];

export function assertProjectTransition(from: ProjectStatus, to: ProjectStatus): void {
  if (from === to) return;
  if (!PROJECT_TRANSITIONS[from].includes(to)) {
    throw new AppError('invalid_transition', `a project cannot go from ${from} to ${to}; from ${from} it can go to ${PROJECT_TRANSITIONS[from].join(', ')}`,
      { entity: 'project', from, to, allowed: PROJECT_TRANSITIONS[from] }, 409);
  }
}

/**
 * The progress after a change. An explicit value wins. A status change without one moves to the new
 * status's default, except that in_progress and on_hold never lower progress already made, and a
 * cancelled project keeps what was done. A completed project is always at 100.
 */
export function nextProgress(current: { status: ProjectStatus; progress: number } | null, status: ProjectStatus, explicit: number | undefined): number {
  if (status === 'completed') {
    if (explicit !== undefined && explicit !== 100) {
      throw new AppError('validation_failed', 'a completed project has progress 100', { path: 'progress' });
    }
    return 100;
  }
  if (explicit !== undefined) return explicit;
  if (!current) return PROJECT_STATUS_DEFAULT_PROGRESS[status];
  if (current.status === status) return current.progress;
  if (status === 'cancelled') return current.progress;
  if (status === 'in_progress' || status === 'on_hold') return Math.max(current.progress, PROJECT_STATUS_DEFAULT_PROGRESS[status]);
  return PROJECT_STATUS_DEFAULT_PROGRESS[status];
}

export interface ProgressNode { id: number; parentId: number | null; weight: number; status: ProjectStatus; progress: number }

/**
 * Effective progress of every project: a project with (non-cancelled) sub-projects shows the weighted
 * mean of their effective progress, recursively; a leaf shows its own. Rounded to one decimal at the
 * end only, so nested levels do not accumulate rounding error.
 */
export function rollUpProgress(nodes: ProgressNode[]): Map<number, number> {
  const children = new Map<number, ProgressNode[]>();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const node of nodes) {
    if (node.parentId !== null && byId.has(node.parentId)) {
      const list = children.get(node.parentId) ?? [];
      list.push(node);
      children.set(node.parentId, list);
    }
  }
  const exact = new Map<number, number>();
  const visiting = new Set<number>();
  const compute = (node: ProgressNode): number => {
    const known = exact.get(node.id);
    if (known !== undefined) return known;
    if (visiting.has(node.id)) throw new Error(`project ${node.id} is its own ancestor`);
    visiting.add(node.id);
    const counted = (children.get(node.id) ?? []).filter((child) => child.status !== 'cancelled');
    let value: number;
    if (counted.length) {
      const totalWeight = counted.reduce((sum, child) => sum + child.weight, 0);
      value = counted.reduce((sum, child) => sum + child.weight * compute(child), 0) / totalWeight;
    } else {
      value = node.progress;
    }
    visiting.delete(node.id);
    exact.set(node.id, value);
    return value;
  };
  for (const node of nodes) compute(node);
  return new Map([...exact].map(([id, value]) => [id, Math.round(value * 10) / 10]));
}

/** Whether a project's own progress is hidden by its sub-projects (then it cannot be set by hand). */
export function hasRolledUpProgress(projectId: number, nodes: Pick<ProgressNode, 'parentId' | 'status'>[]): boolean {
  return nodes.some((n) => n.parentId === projectId && n.status !== 'cancelled');
}
