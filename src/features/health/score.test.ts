import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/errors.ts';
import { DEFAULT_FOLLOW_THROUGH_CONFIG, readFollowThroughConfig } from './config.ts';
import { assessHealth, type HealthFacts } from './score.ts';

const facts = (overrides: Partial<HealthFacts> = {}): HealthFacts => ({
  lastEngagementOn: null, engagementsLastYear: 0, openCommitments: 0, overdueCommitments: 0, doneCommitments: 0, activeProjects: 0,
  lastActivityOn: null, since: null, agreementsInForce: [], agreementCount: 0, ...overrides,
});
const config = DEFAULT_FOLLOW_THROUGH_CONFIG;
const points = (a: ReturnType<typeof assessHealth>) => Object.fromEntries(a.components.map((c) => [c.code, c.points]));

describe('assessHealth', () => {
  it('gives full marks to a lively partnership and explains each part in de, en and zh', () => {
    const result = assessHealth(facts({
      lastEngagementOn: '2026-10-01', engagementsLastYear: 5, openCommitments: 2, activeProjects: 3, lastActivityOn: '2026-10-01',
      agreementsInForce: [{ id: 1, validTo: null, renewalOn: null }], agreementCount: 1,
    }), '2026-11-24', config);
    expect(result.score).toBe(100);
    expect(result.level).toBe('good');
    expect(result.daysSinceLastEngagement).toBe(54);
    expect(result.components[0].reason).toEqual({
      de: 'Letzte Begegnung am 2026-10-01, vor 54 Tagen (volle Punkte bis 180 Tage, keine ab 730)',
      en: 'Last engagement on 2026-10-01, 54 days ago (full points up to 180 days, none from 730)',
      zh: '最近一次交往为2026-10-01，距今54天（180天内满分，730天起为零）',
    });
    expect(result.dormantSuggested).toBe(false);
  });

  it('scales contact linearly between the thresholds and counts overdue commitments and expiring agreements', () => {
    // 455 days: halfway between 180 and 730 → 17.5 of 35. 1 of 4 engagements → 5. 1 of 4 open overdue → 15. 1 project → 7.5. expiring → 5.
    const result = assessHealth(facts({
      lastEngagementOn: '2025-08-26', engagementsLastYear: 1, openCommitments: 4, overdueCommitments: 1, activeProjects: 1, lastActivityOn: '2026-11-01',
      agreementsInForce: [{ id: 1, validTo: '2027-03-01', renewalOn: null }], agreementCount: 1,
    }), '2026-11-24', config);
    expect(points(result)).toEqual({ contact: 17.5, frequency: 5, commitments: 15, projects: 7.5, agreements: 5 });
    expect(result.score).toBe(50);
    expect(result.level).toBe('fair');
    expect(result.components[2].reason.en).toBe('4 open commitment(s), 1 of them overdue');
    expect(result.components[4].reason.en).toBe('Agreement expires or is due for renewal on 2027-03-01 (in 97 days)');
  });

  it('suggests an idle active partnership as dormant, with its reasons, and not a suspended one', () => {
    const idle = facts({ lastEngagementOn: '2020-05-01', lastActivityOn: '2020-05-01', since: '1988-01-01' });
    const result = assessHealth(idle, '2026-11-24', config);
    expect(result.score).toBe(10); // only the neutral half of the commitment points
    expect(result.level).toBe('poor');
    expect(result.dormantSuggested).toBe(true);
    expect(result.dormantReasons.map((r) => r.en)).toEqual([
      'No activity since 2020-05-01 (2398 days; threshold 730)', 'No open commitments', 'No active projects', 'No agreement in force',
    ]);
    expect(assessHealth(idle, '2026-11-24', config, 'suspended').dormantSuggested).toBe(false);
    expect(assessHealth(idle, '2026-11-24', { ...config, dormantAfterDays: 5000 }).dormantSuggested).toBe(false);
  });
});

describe('readFollowThroughConfig', () => {
  it('has defaults and reads valid values', () => {
    expect(readFollowThroughConfig({})).toEqual({ dormantAfterDays: 730, stalledAfterDays: 60, recentContactDays: 180, engagementsPerYearTarget: 4, expiringWithinDays: 180 });
    expect(readFollowThroughConfig({ CITYBRIDGE_STALLED_AFTER_DAYS: '30' }).stalledAfterDays).toBe(30);
  });

  it('names the variable of a bad value', () => {
    expect(() => readFollowThroughConfig({ CITYBRIDGE_DORMANT_AFTER_DAYS: 'two years' })).toThrow(/CITYBRIDGE_DORMANT_AFTER_DAYS must be a whole number from 30 to 36500, got "two years"/);
    expect(() => readFollowThroughConfig({ CITYBRIDGE_RECENT_CONTACT_DAYS: '900' })).toThrow(AppError);
  });
});
