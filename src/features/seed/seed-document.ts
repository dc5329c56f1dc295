// The document citybridge started from: Shanghai's press release of 13 September 2024 about Party
// Secretary Chen Jining meeting Cologne's Lord Mayor Henriette Reker on 9 September 2024.
// Stored as a source with the engagement a person annotated from it (by the rules of eval/GUIDE.md).
import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../domain/actor.ts';
import type { TopicCode } from '../../domain/taxonomy.ts';
import type { Db } from '../../db/client.ts';
import { places } from '../../db/schema.ts';
import { dataPath } from '../../server/paths.ts';
import { createEngagement, updateEngagement } from '../engagements/service.ts';
import { createPartnership, findPartnershipBetween } from '../partnerships/service.ts';
import { createPlace, updatePlace } from '../places/service.ts';

export const SEED_FILE = dataPath('seeds', '000_ccbaccbea2212f9a.txt');

// Fields of cooperation the two leaders name in the text (not their descriptions of their own strengths).
const SEED_TOPICS: TopicCode[] = [
  'digitalization', 'smart_city', 'green_low_carbon', 'industrial_transformation', 'urban_governance', 'ai_governance',
  'elderly_care', 'people_to_people', 'youth', 'education', 'culture', 'economy_trade',
];

async function ensurePlace(db: Db, actor: Actor, name: string, country: string, names: { de: string; en: string; zh: string }, lat: number, lng: number) {
  const [existing] = await db.select().from(places).where(and(eq(places.name, name), eq(places.country, country)));
  if (existing) {
    await updatePlace({ db, actor, id: existing.id, patch: { names: { ...existing.names, ...names } } });
    return existing.id;
  }
  return (await createPlace({ db, actor, input: { name, country, names, aliases: [], lat, lng, kind: 'city', wikidataId: null } })).id;
}

export async function seedShanghaiCologneMeeting(db: Db, actor: Actor): Promise<number> {
  const text = readFileSync(SEED_FILE, 'utf8');
  const shanghai = await ensurePlace(db, actor, 'Shanghai', 'China', { de: 'Shanghai', en: 'Shanghai', zh: '上海' }, 31.2304, 121.4737);
  const cologne = await ensurePlace(db, actor, 'Cologne', 'Germany', { de: 'Köln', en: 'Cologne', zh: '科隆' }, 50.9364, 6.9528);
  // Shanghai and Cologne are not twinned, but the release speaks of close relations and of projects to
  // carry through: a partnership of kind "contact" gives those pledges a home to be followed up in.
  const partnershipId = (await findPartnershipBetween(db, shanghai, cologne))
    ?? (await createPartnership({
      db, actor,
      input: {
        placeAId: shanghai, placeBId: cologne, kind: 'contact', status: 'active', since: null, until: null,
        objectives: {
          de: 'Austausch in Digitalisierung, grüner Entwicklung, Stadtverwaltung, KI-Governance und Altenpflege vertiefen; Projekte zur Umsetzung bringen.',
          en: 'Deepen exchange in digitalisation, green development, urban governance, AI governance and elderly care; carry projects through to implementation.',
          zh: '深化数字化、绿色发展、城市治理、人工智能治理和养老等领域的交流，推动项目落地。',
        },
        notes: {},
        // The seed is a published press release: both cities made it public.
        visibility: 'public',
      },
    })).id;
  const engagement = await createEngagement({
    db, actor,
    input: {
      kind: 'meeting',
      visibility: 'public',
      organisationId: null,
      title: {
        de: 'Chen Jining trifft die Oberbürgermeisterin von Köln Henriette Reker',
        en: 'Chen Jining meets Cologne’s Lord Mayor Henriette Reker',
        zh: '陈吉宁会见科隆市市长雷克尔',
      },
      date: '2024-09-09',
      endDate: null,
      locationPlaceId: shanghai,
      partnershipId,
      placeIds: [shanghai, cologne],
      summary: {
        de: 'Beide Seiten wollen den Austausch in Digitalisierung, Smart City, grüner und kohlenstoffarmer Entwicklung, Unternehmenstransformation, städtischem Feinmanagement, KI-Governance, Altenpflege, Bildung, Kultur und Handel vertiefen und Projekte zur Umsetzung bringen.',
        en: 'Both sides want deeper exchange in digitalisation, smart city, green and low-carbon development, enterprise transformation, fine-grained city management, AI governance, elderly care, education, culture and trade, and to push agreed projects through to implementation.',
      },
      agreementSigned: false,
      participants: [
        { person: { name: 'Chen Jining', names: { zh: '陈吉宁', latin: 'Chen Jining' } }, role: 'party_secretary', ofPlaceId: shanghai, ofOrganisationId: null, side: 'host' },
        { person: { name: 'Henriette Reker', names: { latin: 'Henriette Reker' } }, role: 'mayor', ofPlaceId: cologne, ofOrganisationId: null, side: 'guest' },
      ],
      topics: SEED_TOPICS,
      // What each side said, in the press release's words (de) with an English rendering. The ids of
      // the people are only known after they are created, so speakers are attached below.
      statements: [],
      sources: [{
        kind: 'press_release',
        title: 'Chen Jining trifft die Oberbürgermeisterin von Köln Henriette Reker',
        url: null,
        publisher: 'german.shanghai.gov.cn',
        language: 'de',
        publishedOn: '2024-09-13',
        text,
      }],
    },
  });
  const [chen, reker] = engagement.participants.map((p) => p.person.id);
  await updateEngagement({
    db, actor, id: engagement.id,
    patch: {
      statements: [
        {
          speakerPersonId: chen, isPledge: true,
          text: {
            de: 'In den Bereichen der Transformation und Aufwertung der Unternehmen, der grünen und kohlenstoffarmen Entwicklung, des städtischen Feinmanagements, der Verwaltung künstlicher Intelligenz sowie der professionellen Altenpflege sind der Austausch und das gegenseitige Verständnis zu vertiefen, um die Durchführung der Projekte voranzutreiben und ein Modell der Zusammenarbeit aufzubauen.',
            en: 'Deepen exchange in enterprise transformation, green and low-carbon development, fine-grained city management, AI governance and professional elderly care, to push the projects through to implementation and build a model of cooperation.',
          },
        },
        {
          speakerPersonId: chen, isPledge: true,
          text: {
            de: 'Neue Kanäle und Träger für die humanistische Kommunikation aktiv erweitern und den freundlichen Austausch auf lokaler Ebene stärken, insbesondere unter der Jugend.',
            en: 'Actively open new channels for people-to-people exchange and strengthen friendly exchange at the local level, above all among young people.',
          },
        },
        {
          speakerPersonId: reker, isPledge: true,
          text: {
            de: 'Der Wirtschafts- und Handelsaustausch ist kontinuierlich auszubauen; Wissen und Erfahrungen in Industrietransformation, grüner Entwicklung, Stadtverwaltung, Bildungskooperation und Altenpflege sollen geteilt werden.',
            en: 'Keep expanding economic and trade exchange, and share knowledge and experience in industrial transformation, green development, urban governance, education and elderly care.',
          },
        },
      ],
    },
  });
  return engagement.id;
}
