// The fixed vocabularies of PRODUCT.md. Codes are stable API; labels are for display.
import { z } from 'zod';

export const LOCALES = ['de', 'en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

export const TOPIC_CODES = [
  'digitalization', 'smart_city', 'green_low_carbon', 'industrial_transformation', 'urban_governance',
  'ai_governance', 'elderly_care', 'health', 'education', 'culture', 'youth', 'economy_trade',
  'science_innovation', 'energy', 'environment', 'people_to_people', 'ports_logistics', 'tourism',
  'sports', 'human_rights',
] as const;
export type TopicCode = (typeof TOPIC_CODES)[number];
export const topicCode = z.enum(TOPIC_CODES);

export const TOPIC_LABELS: Record<TopicCode, Record<Locale, string>> = {
  digitalization: { de: 'Digitalisierung', en: 'Digitalisation', zh: '数字化' },
  smart_city: { de: 'Smart City', en: 'Smart city', zh: '智慧城市' },
  green_low_carbon: { de: 'Grün und kohlenstoffarm', en: 'Green and low-carbon', zh: '绿色低碳' },
  industrial_transformation: { de: 'Industrielle Transformation', en: 'Industrial transformation', zh: '产业转型' },
  urban_governance: { de: 'Stadtverwaltung und -entwicklung', en: 'Urban governance', zh: '城市治理' },
  ai_governance: { de: 'KI-Governance', en: 'AI governance', zh: '人工智能治理' },
  elderly_care: { de: 'Altenpflege', en: 'Elderly care', zh: '养老' },
  health: { de: 'Gesundheit', en: 'Health', zh: '卫生健康' },
  education: { de: 'Bildung', en: 'Education', zh: '教育' },
  culture: { de: 'Kultur', en: 'Culture', zh: '文化' },
  youth: { de: 'Jugend', en: 'Youth', zh: '青少年' },
  economy_trade: { de: 'Wirtschaft und Handel', en: 'Economy and trade', zh: '经贸' },
  science_innovation: { de: 'Wissenschaft und Innovation', en: 'Science and innovation', zh: '科技创新' },
  energy: { de: 'Energie', en: 'Energy', zh: '能源' },
  environment: { de: 'Umwelt', en: 'Environment', zh: '生态环境' },
  people_to_people: { de: 'Austausch zwischen Menschen', en: 'People-to-people exchange', zh: '人文交流' },
  ports_logistics: { de: 'Häfen und Logistik', en: 'Ports and logistics', zh: '港口物流' },
  tourism: { de: 'Tourismus', en: 'Tourism', zh: '旅游' },
  sports: { de: 'Sport', en: 'Sports', zh: '体育' },
  human_rights: { de: 'Menschenrechte', en: 'Human rights', zh: '人权' },
};

export const ROLE_CODES = [
  'party_secretary', 'mayor', 'deputy_mayor', 'governor', 'head_of_state', 'head_of_government', 'minister',
  'ambassador', 'consul_general', 'legislator', 'official', 'business', 'academic', 'other',
] as const;
export type RoleCode = (typeof ROLE_CODES)[number];
export const roleCode = z.enum(ROLE_CODES);

export const ENGAGEMENT_KINDS = ['meeting', 'video_call', 'signing', 'forum', 'visit', 'visit_announcement', 'event'] as const;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

export const PARTNERSHIP_KINDS = ['partnership', 'friendship', 'contact', 'project_partnership'] as const;
export const PARTNERSHIP_STATUSES = ['active', 'dormant', 'suspended', 'ended'] as const;
export const PLACE_KINDS = ['city', 'district', 'region', 'country'] as const;
export const SIDES = ['host', 'guest'] as const;
