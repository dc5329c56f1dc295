// Partnership health: a 0–100 score from five parts, each with its points and a reason in de/en/zh,
// and the dormant suggestion. Pure: the facts come in, the explanation goes out.
import { daysBetween } from '../../domain/dates.ts';
import type { FollowThroughConfig } from './config.ts';

export interface HealthFacts {
  /** Latest engagement on or before today, if any. */
  lastEngagementOn: string | null;
  /** Engagements in the 365 days up to today. */
  engagementsLastYear: number;
  openCommitments: number;
  overdueCommitments: number;
  doneCommitments: number;
  activeProjects: number;
  /** Latest day anything happened: an engagement, a change to a commitment, project or milestone. */
  lastActivityOn: string | null;
  since: string | null;
  /** Agreements in force today, with their end and renewal dates. */
  agreementsInForce: { id: number; validTo: string | null; renewalOn: string | null }[];
  agreementCount: number;
}

export type Localized3 = { de: string; en: string; zh: string };
export type HealthComponentCode = 'contact' | 'frequency' | 'commitments' | 'projects' | 'agreements';

export interface HealthComponent {
  code: HealthComponentCode;
  points: number;
  max: number;
  reason: Localized3;
}

export interface HealthAssessment {
  score: number;
  level: 'good' | 'fair' | 'poor';
  components: HealthComponent[];
  daysSinceLastEngagement: number | null;
  dormantSuggested: boolean;
  dormantReasons: Localized3[];
}

export const HEALTH_WEIGHTS: Record<HealthComponentCode, number> = { contact: 35, frequency: 20, commitments: 20, projects: 15, agreements: 10 };
const PROJECTS_FOR_FULL_POINTS = 2;

const round1 = (value: number) => Math.round(value * 10) / 10;

function contact(facts: HealthFacts, today: string, config: FollowThroughConfig): [HealthComponent, number | null] {
  const max = HEALTH_WEIGHTS.contact;
  if (!facts.lastEngagementOn) {
    return [{ code: 'contact', points: 0, max, reason: { de: 'Keine Begegnung erfasst', en: 'No engagement recorded', zh: '没有交往记录' } }, null];
  }
  const days = daysBetween(facts.lastEngagementOn, today);
  const { recentContactDays: recent, dormantAfterDays: dormant } = config;
  // Full points up to `recent` days, none from `dormant` days on, a straight line between.
  const share = days <= recent ? 1 : days >= dormant ? 0 : (dormant - days) / (dormant - recent);
  const on = facts.lastEngagementOn;
  return [{
    code: 'contact', points: round1(max * share), max,
    reason: {
      de: `Letzte Begegnung am ${on}, vor ${days} Tagen (volle Punkte bis ${recent} Tage, keine ab ${dormant})`,
      en: `Last engagement on ${on}, ${days} days ago (full points up to ${recent} days, none from ${dormant})`,
      zh: `最近一次交往为${on}，距今${days}天（${recent}天内满分，${dormant}天起为零）`,
    },
  }, days];
}

function frequency(facts: HealthFacts, config: FollowThroughConfig): HealthComponent {
  const max = HEALTH_WEIGHTS.frequency;
  const n = facts.engagementsLastYear;
  const target = config.engagementsPerYearTarget;
  return {
    code: 'frequency', points: round1((max * Math.min(n, target)) / target), max,
    reason: {
      de: `${n} Begegnung(en) in den letzten 12 Monaten (Ziel: ${target})`,
      en: `${n} engagement(s) in the last 12 months (target: ${target})`,
      zh: `过去12个月有${n}次交往（目标：${target}次）`,
    },
  };
}

function commitmentPart(facts: HealthFacts): HealthComponent {
  const max = HEALTH_WEIGHTS.commitments;
  const { openCommitments: open, overdueCommitments: overdue, doneCommitments: done } = facts;
  if (open === 0) {
    // Nothing pledged is neither good nor bad; everything delivered is good.
    return done > 0
      ? { code: 'commitments', points: max, max, reason: { de: `Alle ${done} Zusagen erfüllt`, en: `All ${done} commitment(s) done`, zh: `${done}项承诺全部完成` } }
      : { code: 'commitments', points: max / 2, max, reason: { de: 'Keine offenen Zusagen erfasst', en: 'No open commitments recorded', zh: '没有未完成的承诺记录' } };
  }
  return {
    code: 'commitments', points: round1((max * (open - overdue)) / open), max,
    reason: {
      de: `${open} offene Zusage(n), davon ${overdue} überfällig`,
      en: `${open} open commitment(s), ${overdue} of them overdue`,
      zh: `${open}项未完成承诺，其中${overdue}项逾期`,
    },
  };
}

function projectPart(facts: HealthFacts): HealthComponent {
  const max = HEALTH_WEIGHTS.projects;
  const n = facts.activeProjects;
  return {
    code: 'projects', points: round1((max * Math.min(n, PROJECTS_FOR_FULL_POINTS)) / PROJECTS_FOR_FULL_POINTS), max,
    reason: {
      de: `${n} laufende(s) Projekt(e) (volle Punkte ab ${PROJECTS_FOR_FULL_POINTS})`,
      en: `${n} active project(s) (full points from ${PROJECTS_FOR_FULL_POINTS})`,
      zh: `${n}个进行中的项目（${PROJECTS_FOR_FULL_POINTS}个起满分）`,
    },
  };
}

/** The earliest date an agreement in force ends or needs renewing, if any. */
function nextDeadline(a: { validTo: string | null; renewalOn: string | null }): string | null {
  const dates = [a.validTo, a.renewalOn].filter((d): d is string => d !== null).sort();
  return dates[0] ?? null;
}

function agreementPart(facts: HealthFacts, today: string, config: FollowThroughConfig): HealthComponent {
  const max = HEALTH_WEIGHTS.agreements;
  if (!facts.agreementsInForce.length) {
    return facts.agreementCount
      ? { code: 'agreements', points: 0, max, reason: { de: 'Keine Vereinbarung mehr in Kraft', en: 'No agreement in force any more', zh: '没有仍然有效的协议' } }
      : { code: 'agreements', points: 0, max, reason: { de: 'Keine Vereinbarung erfasst', en: 'No agreement recorded', zh: '没有协议记录' } };
  }
  // Healthy if at least one agreement in force is not about to end or need renewal.
  const deadlines = facts.agreementsInForce.map(nextDeadline);
  const lasting = deadlines.filter((d) => d === null || daysBetween(today, d) > config.expiringWithinDays);
  if (lasting.length) {
    return { code: 'agreements', points: max, max, reason: { de: `${facts.agreementsInForce.length} Vereinbarung(en) in Kraft`, en: `${facts.agreementsInForce.length} agreement(s) in force`, zh: `${facts.agreementsInForce.length}项协议有效` } };
  }
  const soonest = (deadlines.filter((d): d is string => d !== null).sort())[0];
  const days = daysBetween(today, soonest);
  return {
    code: 'agreements', points: max / 2, max,
    reason: {
      de: `Vereinbarung läuft am ${soonest} aus oder ist zu verlängern (in ${days} Tagen)`,
      en: `Agreement expires or is due for renewal on ${soonest} (in ${days} days)`,
      zh: `协议将于${soonest}到期或需续签（${days}天后）`,
    },
  };
}

export function assessHealth(facts: HealthFacts, today: string, config: FollowThroughConfig, status = 'active'): HealthAssessment {
  const [contactPart, daysSinceLastEngagement] = contact(facts, today, config);
  const components = [contactPart, frequency(facts, config), commitmentPart(facts), projectPart(facts), agreementPart(facts, today, config)];
  const score = round1(components.reduce((sum, c) => sum + c.points, 0));
  const level = score >= 70 ? 'good' : score >= 40 ? 'fair' : 'poor';

  // Dormant: an active partnership where nothing at all has happened for the configured time.
  const lastActivity = facts.lastActivityOn ?? facts.since;
  const idleDays = lastActivity ? daysBetween(lastActivity, today) : null;
  const dormantSuggested = status === 'active' && (idleDays === null || idleDays >= config.dormantAfterDays);
  const dormantReasons: Localized3[] = [];
  if (dormantSuggested) {
    const n = config.dormantAfterDays;
    dormantReasons.push(facts.lastActivityOn
      ? { de: `Keine Aktivität seit ${facts.lastActivityOn} (${idleDays} Tage; Schwelle ${n})`, en: `No activity since ${facts.lastActivityOn} (${idleDays} days; threshold ${n})`, zh: `自${facts.lastActivityOn}起无任何活动（${idleDays}天；阈值${n}天）` }
      : { de: 'Keine Aktivität erfasst', en: 'No activity recorded', zh: '没有任何活动记录' });
    if (facts.openCommitments === 0) dormantReasons.push({ de: 'Keine offenen Zusagen', en: 'No open commitments', zh: '没有未完成的承诺' });
    if (facts.activeProjects === 0) dormantReasons.push({ de: 'Keine laufenden Projekte', en: 'No active projects', zh: '没有进行中的项目' });
    if (!facts.agreementsInForce.length) dormantReasons.push({ de: 'Keine Vereinbarung in Kraft', en: 'No agreement in force', zh: '没有有效的协议' });
  }
  return { score, level, components, daysSinceLastEngagement, dormantSuggested, dormantReasons };
}
