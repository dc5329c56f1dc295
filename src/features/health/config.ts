// Thresholds of follow-through and partnership health, from the environment, validated once.
import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';

export interface FollowThroughConfig {
  /** No activity for this many days: the partnership is suggested as dormant and gets no contact points. */
  dormantAfterDays: number;
  /** An open commitment or running project with no change for this many days is stalled. */
  stalledAfterDays: number;
  /** The last engagement within this many days gives full contact points. */
  recentContactDays: number;
  /** Engagements per year that give full frequency points. */
  engagementsPerYearTarget: number;
  /** An agreement ending (or due for renewal) within this many days is expiring. */
  expiringWithinDays: number;
}

const VARIABLES: Record<keyof FollowThroughConfig, [string, number, number, number]> = {
  // key: [environment variable, default, min, max]
  dormantAfterDays: ['CITYBRIDGE_DORMANT_AFTER_DAYS', 730, 30, 36_500],
  stalledAfterDays: ['CITYBRIDGE_STALLED_AFTER_DAYS', 60, 1, 3650],
  recentContactDays: ['CITYBRIDGE_RECENT_CONTACT_DAYS', 180, 1, 36_500],
  engagementsPerYearTarget: ['CITYBRIDGE_ENGAGEMENTS_PER_YEAR_TARGET', 4, 1, 365],
  expiringWithinDays: ['CITYBRIDGE_EXPIRING_WITHIN_DAYS', 180, 1, 3650],
};

export function readFollowThroughConfig(env: NodeJS.ProcessEnv = process.env): FollowThroughConfig {
  const config = {} as FollowThroughConfig;
  for (const [key, [name, fallback, min, max]] of Object.entries(VARIABLES) as [keyof FollowThroughConfig, [string, number, number, number]][]) {
    const raw = env[name];
    if (raw === undefined || raw === '') {
      config[key] = fallback;
      continue;
    }
    const parsed = z.coerce.number().int().min(min).max(max).safeParse(raw);
    if (!parsed.success) throw new AppError('invalid_config', `${name} must be a whole number from ${min} to ${max}, got "${raw}"`, { variable: name });
    config[key] = parsed.data;
  }
  if (config.recentContactDays >= config.dormantAfterDays) {
    throw new AppError('invalid_config', `CITYBRIDGE_RECENT_CONTACT_DAYS (${config.recentContactDays}) must be less than CITYBRIDGE_DORMANT_AFTER_DAYS (${config.dormantAfterDays})`);
  }
  return config;
}

export const DEFAULT_FOLLOW_THROUGH_CONFIG: FollowThroughConfig = readFollowThroughConfig({});
