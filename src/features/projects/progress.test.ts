import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/errors.ts';
import { assertProjectTransition, nextProgress, type ProgressNode, PROJECT_STATUSES, PROJECT_TRANSITIONS, rollUpProgress } from './progress.ts';

const node = (id: number, parentId: number | null, progress: number, weight = 1, status: ProgressNode['status'] = 'in_progress'): ProgressNode =>
  ({ id, parentId, progress, weight, status });

describe('rollUpProgress', () => {
  it('leaves a project without sub-projects at its own progress', () => {
    expect(rollUpProgress([node(1, null, 40)]).get(1)).toBe(40);
  });

  it('weights sub-projects: (3·20 + 1·100) / 4 = 40, ignoring the parent’s own value', () => {
    const result = rollUpProgress([node(1, null, 90), node(2, 1, 20, 3), node(3, 1, 100, 1)]);
    expect(result.get(1)).toBe(40);
  });

  it('rolls up nested levels from the leaves and rounds only at the end', () => {
    // 4 = (5·1 + 0·2)/3 = 1.666…; 2 = (1.666…·1 + 50·1)/2 = 25.833…; 1 = (25.833…·2 + 100·1)/3 = 50.555…
    const nodes = [node(1, null, 0), node(2, 1, 0, 2), node(3, 1, 100, 1), node(4, 2, 0, 1), node(5, 2, 50, 1), node(6, 4, 5, 1), node(7, 4, 0, 2)];
    const result = rollUpProgress(nodes);
    expect(result.get(4)).toBe(1.7);
    expect(result.get(2)).toBe(25.8);
    expect(result.get(1)).toBe(50.6);
  });

  it('leaves cancelled sub-projects out; with all cancelled the parent shows its own progress', () => {
    expect(rollUpProgress([node(1, null, 0), node(2, 1, 80), node(3, 1, 0, 5, 'cancelled')]).get(1)).toBe(80);
    expect(rollUpProgress([node(1, null, 30), node(2, 1, 80, 1, 'cancelled')]).get(1)).toBe(30);
  });

  it('treats a parent outside the loaded set as absent and refuses a cycle', () => {
    expect(rollUpProgress([node(2, 99, 60)]).get(2)).toBe(60);
    expect(() => rollUpProgress([node(1, 2, 0), node(2, 1, 0)])).toThrow(/own ancestor/);
  });
});

describe('status transitions', () => {
  it('allows the listed moves and refuses the others with invalid_transition (409)', () => {
    for (const from of PROJECT_STATUSES) {
      for (const to of PROJECT_STATUSES) {
        const allowed = from === to || PROJECT_TRANSITIONS[from].includes(to);
        if (allowed) expect(() => assertProjectTransition(from, to)).not.toThrow();
        else {
          const error = (() => { try { assertProjectTransition(from, to); } catch (e) { return e; } })() as AppError;
          expect(error).toBeInstanceOf(AppError);
          expect([error.code, error.status]).toEqual(['invalid_transition', 409]);
        }
      }
    }
    expect(() => assertProjectTransition('proposed', 'completed')).toThrow(/cannot go from proposed to completed/);
  });
});

describe('nextProgress', () => {
  it('gives each status its default progress on creation', () => {
    expect(PROJECT_STATUSES.map((s) => nextProgress(null, s, undefined))).toEqual([0, 0, 10, 10, 100, 0]);
  });

  it('never lowers progress made when work starts or pauses, keeps it on cancel, and sets 100 on completion', () => {
    expect(nextProgress({ status: 'planned', progress: 0 }, 'in_progress', undefined)).toBe(10);
    expect(nextProgress({ status: 'in_progress', progress: 60 }, 'on_hold', undefined)).toBe(60);
    expect(nextProgress({ status: 'in_progress', progress: 60 }, 'cancelled', undefined)).toBe(60);
    expect(nextProgress({ status: 'in_progress', progress: 60 }, 'completed', undefined)).toBe(100);
    expect(nextProgress({ status: 'cancelled', progress: 60 }, 'planned', undefined)).toBe(0);
    expect(nextProgress({ status: 'in_progress', progress: 60 }, 'in_progress', 75)).toBe(75);
  });

  it('refuses a completed project below 100', () => {
    expect(() => nextProgress(null, 'completed', 80)).toThrow(/completed project has progress 100/);
  });
});
