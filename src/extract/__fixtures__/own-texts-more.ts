// More texts written for this project's tests (second batch, not taken from any evaluation set). They
// imitate the styles such reports come in: Rathaus-Meldungen, agency reports (dpa / Xinhua / Kyodo
// style), Chinese municipal reports, English municipal news, anniversaries, forums, signings, video
// calls, announcements, interviews and features without an engagement. Expected values follow
// ../../../../shared/eval/GUIDE.md. Names are plausible examples; most are invented.
// Every case gives the complete contract: the test compares all fields exactly.
import type { OwnCase } from './own-texts.ts';

type Full = OwnCase & { expect: Required<Pick<OwnCase['expect'], 'kind' | 'date' | 'end_date' | 'location' | 'cities' | 'participants' | 'topics' | 'agreement_signed'>> };

const P = (name: string, role: string, of: string | null, side: 'host' | 'guest' | null) => ({ name, role, of, side }) as Full['expect']['participants'][number];
const NONE: Full['expect'] = { kind: 'none', date: null, end_date: null, location: null, cities: [], participants: [], topics: [], agreement_signed: false };

export const MORE_CASES: Full[] = [
  // ================================================================== German
  {
    id: 'm-de-01', lang: 'de', published: '2023-04-14',
    text: `Vizebürgermeister aus Wuhan im Rathaus
Duisburg, 14.04.2023

Oberbürgermeister Sören Link hat am Mittwoch den Vizebürgermeister von Wuhan, Chen Xiexin, im Rathaus empfangen. An dem Gespräch nahm auch Bürgermeisterin Edeltraud Klabuhn teil. Beide Seiten sprachen über den Ausbau der Schienengüterverbindungen und die Zusammenarbeit in der Berufsausbildung.`,
    expect: {
      kind: 'meeting', date: '2023-04-12', end_date: null, location: 'Duisburg', cities: ['Duisburg', 'Wuhan'],
      participants: [P('Sören Link', 'mayor', 'Duisburg', 'host'), P('Chen Xiexin', 'deputy_mayor', 'Wuhan', 'guest'), P('Edeltraud Klabuhn', 'deputy_mayor', 'Duisburg', 'host')],
      topics: ['education', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-02', lang: 'de', published: '2024-03-08',
    text: `Kretschmer in Nanjing: Sachsen und Jiangsu wollen enger kooperieren
Nanjing (dpa) – Sachsens Ministerpräsident Michael Kretschmer ist am Montag in Nanjing mit dem Gouverneur der Provinz Jiangsu, Xu Kunlin, zusammengetroffen. Dabei ging es um die Zusammenarbeit in der Automobilindustrie und bei Wasserstoff. Kretschmer war am Sonntag mit einer Wirtschaftsdelegation in China eingetroffen.`,
    expect: {
      kind: 'meeting', date: '2024-03-04', end_date: null, location: 'Nanjing', cities: ['Jiangsu', 'Saxony'],
      participants: [P('Michael Kretschmer', 'governor', 'Saxony', 'guest'), P('Xu Kunlin', 'governor', 'Jiangsu', 'host')],
      topics: ['industrial_transformation', 'energy'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-03', lang: 'de', published: '2022-09-23',
    text: `Hannover und Hefei unterzeichnen Absichtserklärung
Hannover, 23.09.2022

Im Neuen Rathaus haben Oberbürgermeister Belit Onay und der Vizebürgermeister von Hefei, Wang Wenming, am Dienstag eine Absichtserklärung unterzeichnet. Sie sieht eine Zusammenarbeit bei erneuerbaren Energien und in der Hochschulbildung vor.`,
    expect: {
      kind: 'signing', date: '2022-09-20', end_date: null, location: 'Hanover', cities: ['Hanover', 'Hefei'],
      participants: [P('Belit Onay', 'mayor', 'Hanover', 'host'), P('Wang Wenming', 'deputy_mayor', 'Hefei', 'guest')],
      topics: ['education', 'energy'], agreement_signed: true,
    },
  },
  {
    id: 'm-de-04', lang: 'de', published: '2019-06-21',
    text: `Bürgermeisterforum: Städte aus Europa und China in Düsseldorf
Düsseldorf, 21.06.2019

Rund 200 Gäste sind am Donnerstag zum Deutsch-Chinesischen Bürgermeisterforum in Düsseldorf zusammengekommen. Oberbürgermeister Thomas Geisel begrüßte Delegationen aus Chongqing, Shenyang, Duisburg und Essen. Im Mittelpunkt standen die Stadtentwicklung und der Klimaschutz.`,
    expect: {
      kind: 'forum', date: '2019-06-20', end_date: null, location: 'Düsseldorf', cities: ['Chongqing', 'Duisburg', 'Düsseldorf', 'Essen', 'Shenyang'],
      participants: [P('Thomas Geisel', 'mayor', 'Düsseldorf', 'host')],
      topics: ['green_low_carbon', 'urban_governance'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-05', lang: 'de', published: '2021-11-12',
    text: `Videoschalte mit Qingdao
Mannheim, 12.11.2021

Oberbürgermeister Peter Kurz hat sich am Dienstag per Videokonferenz mit dem Bürgermeister von Qingdao, Zhao Haozhi, ausgetauscht. Beide vereinbarten, die Zusammenarbeit in der Medizintechnik und beim Jugendaustausch fortzusetzen.`,
    expect: {
      kind: 'video_call', date: '2021-11-09', end_date: null, location: null, cities: ['Mannheim', 'Qingdao'],
      participants: [P('Peter Kurz', 'mayor', 'Mannheim', null), P('Zhao Haozhi', 'mayor', 'Qingdao', null)],
      topics: ['health', 'youth'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-06', lang: 'de', published: '2023-11-03',
    text: `Oberbürgermeisterin reist nach Asien
Bonn, 03.11.2023

Oberbürgermeisterin Katja Dörner bricht am Sonntag zu einer einwöchigen Reise nach Japan und China auf. Stationen sind Osaka und Chengdu. Dort sind Gespräche über die Zusammenarbeit beim Klimaschutz geplant.`,
    expect: {
      kind: 'visit_announcement', date: '2023-11-05', end_date: null, location: null, cities: ['Bonn', 'Chengdu', 'Osaka'],
      participants: [P('Katja Dörner', 'mayor', 'Bonn', 'guest')],
      topics: ['green_low_carbon'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-07', lang: 'de', published: '2016-06-10',
    text: `30 Jahre Städtepartnerschaft Hamburg – Shanghai
Hamburg, 10.06.2016

Seit drei Jahrzehnten verbindet Hamburg und Shanghai eine Städtepartnerschaft. Was 1986 mit einem Vertrag begann, ist heute ein dichtes Netz aus Schulpartnerschaften, Hafenkooperationen und Kulturprojekten. Rund 500 chinesische Unternehmen haben sich in der Hansestadt angesiedelt.`,
    expect: { ...NONE },
  },
  {
    id: 'm-de-08', lang: 'de', published: '2018-05-25',
    text: `Chinesischer Generalkonsul empfängt Oberbürgermeister
Frankfurt am Main, 25.05.2018

Der chinesische Generalkonsul in Frankfurt, Wang Weidong, hat am Mittwoch den Oberbürgermeister von Mainz, Michael Ebling, im Generalkonsulat empfangen. Die beiden sprachen über Kulturaustausch und über Studierende aus China in Mainz.`,
    expect: {
      kind: 'meeting', date: '2018-05-23', end_date: null, location: 'Frankfurt', cities: ['China', 'Mainz'],
      participants: [P('Wang Weidong', 'consul_general', 'China', 'host'), P('Michael Ebling', 'mayor', 'Mainz', 'guest')],
      topics: ['culture', 'education'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-09', lang: 'de', published: '2017-09-29',
    text: `Delegation aus Shenyang drei Tage in Hannover
Hannover, 29.09.2017

Eine Delegation aus Shenyang unter Leitung von Vizebürgermeister Wang Ling war von Montag bis Mittwoch zu Gast in Hannover. Bürgermeister Thomas Hermann empfing die Gäste am Montag im Neuen Rathaus. Oberbürgermeister Stefan Schostok war auf Dienstreise. Gesprochen wurde über Messen, Logistik und den Austausch von Schülern.`,
    expect: {
      // the meeting's own day is given (am Montag), so it is the date (GUIDE: the visit's dates only when no day is given)
      kind: 'meeting', date: '2017-09-25', end_date: null, location: 'Hanover', cities: ['Hanover', 'Shenyang'],
      participants: [P('Wang Ling', 'deputy_mayor', 'Shenyang', 'guest'), P('Thomas Hermann', 'deputy_mayor', 'Hanover', 'host')],
      topics: ['education', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-10', lang: 'de', published: '2025-02-14',
    text: `Präfektur Hyōgo und NRW feiern Partnerschaft
Düsseldorf (dpa/lnw) – Der Gouverneur der japanischen Präfektur Hyōgo, Motohiko Saitō, ist am Dienstag in Düsseldorf von Ministerpräsident Hendrik Wüst empfangen worden. Beide Seiten wollen die Zusammenarbeit bei Wasserstoff und in der Wissenschaft ausbauen. Nordrhein-Westfalen und Hyōgo sind seit 1964 Partnerregionen.`,
    expect: {
      kind: 'meeting', date: '2025-02-11', end_date: null, location: 'Düsseldorf', cities: ['Hyōgo Prefecture', 'North Rhine-Westphalia'],
      participants: [P('Motohiko Saitō', 'governor', 'Hyōgo Prefecture', 'guest'), P('Hendrik Wüst', 'governor', 'North Rhine-Westphalia', 'host')],
      topics: ['energy', 'science_innovation'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-11', lang: 'de', published: '2024-10-18',
    text: `Vor der Reise nach Nanjing: „Wir wollen voneinander lernen“
Leipzig, 18.10.2024

Oberbürgermeister Burkhard Jung reist in der kommenden Woche mit einer Delegation in die Partnerstadt Nanjing. Im Interview spricht er über Erwartungen an die Gespräche, über Berufsbildung und über den Austausch von Künstlern.`,
    expect: {
      kind: 'visit_announcement', date: null, end_date: null, location: 'Nanjing', cities: ['Leipzig', 'Nanjing'],
      participants: [P('Burkhard Jung', 'mayor', 'Leipzig', 'guest')],
      topics: ['culture', 'education'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-12', lang: 'de', published: '2020-10-16',
    text: `Oberbürgermeister schreibt an Partnerstadt Wuhan
Duisburg, 16.10.2020

In einem Brief an die Partnerstadt Wuhan hat Oberbürgermeister Sören Link den Menschen dort für die Spende von Schutzmasken gedankt. Die Partnerschaft zwischen beiden Städten besteht seit 1982.`,
    expect: { ...NONE },
  },
  {
    id: 'm-de-13', lang: 'de', published: '2019-12-06',
    text: `Bürgermeister von Taicang zu Gast in Reutlingen
Reutlingen, 06.12.2019

Oberbürgermeister Thomas Keck hat am Donnerstag den Bürgermeister der chinesischen Stadt Taicang, Wang Xiang, im Rathaus begrüßt. In Taicang haben sich viele deutsche Mittelständler angesiedelt. Beide Seiten sprachen über duale Ausbildung und die Zusammenarbeit im Maschinenbau.`,
    expect: {
      kind: 'meeting', date: '2019-12-05', end_date: null, location: 'Reutlingen', cities: ['Reutlingen', 'Taicang'],
      participants: [P('Thomas Keck', 'mayor', 'Reutlingen', 'host'), P('Wang Xiang', 'mayor', 'Taicang', 'guest')],
      topics: ['education', 'industrial_transformation'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-14', lang: 'de', published: '2025-05-23',
    text: `Münchner Delegation in Edinburgh
München, 23.05.2025

Oberbürgermeister Dieter Reiter ist am Mittwoch in Edinburgh mit dem Lord Provost Robert Aldridge zusammengetroffen. Die beiden Stadtoberhäupter sprachen über Tourismus, Kultur und die Zusammenarbeit der Universitäten. Am Abend besuchte Reiter ein Konzert.`,
    expect: {
      kind: 'meeting', date: '2025-05-21', end_date: null, location: 'Edinburgh', cities: ['Edinburgh', 'Munich'],
      participants: [P('Dieter Reiter', 'mayor', 'Munich', 'guest'), P('Robert Aldridge', 'mayor', 'Edinburgh', 'host')],
      topics: ['culture', 'education', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-15', lang: 'de', published: '2024-06-28',
    text: `Staatsrätin empfängt Gäste aus Shanghai
Hamburg, 28.06.2024

Staatsrätin Almut Möller hat am Donnerstag im Rathaus eine Delegation aus Shanghai unter Leitung von Vizebürgermeister Hua Yuan empfangen. Die Gespräche drehten sich um die Kooperation der Häfen, um Klimaschutz und um den Austausch junger Menschen.`,
    expect: {
      kind: 'meeting', date: '2024-06-27', end_date: null, location: 'Hamburg', cities: ['Hamburg', 'Shanghai'],
      participants: [P('Almut Möller', 'official', 'Hamburg', 'host'), P('Hua Yuan', 'deputy_mayor', 'Shanghai', 'guest')],
      topics: ['green_low_carbon', 'youth', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-16', lang: 'de', published: '2023-04-14',
    text: `Botschafter zu Antrittsbesuch in Köln
Köln, 14.04.2023

Der Botschafter der Republik Korea, Kim Hong-kyun, hat am Dienstag Oberbürgermeisterin Henriette Reker seinen Antrittsbesuch abgestattet. Themen des Gesprächs waren der Austausch von Studierenden, die Games-Branche und die Digitalwirtschaft.`,
    expect: {
      kind: 'meeting', date: '2023-04-11', end_date: null, location: 'Cologne', cities: ['Cologne', 'South Korea'],
      participants: [P('Kim Hong-kyun', 'ambassador', 'South Korea', 'guest'), P('Henriette Reker', 'mayor', 'Cologne', 'host')],
      topics: ['digitalization', 'education'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-17', lang: 'de', published: '2022-09-23',
    text: `Stuttgart und Nanjing: Gespräche im Rathaus, Abkommen unterzeichnet
Stuttgart, 23.09.2022

Oberbürgermeister Frank Nopper hat am Mittwoch den Parteisekretär von Nanjing, Han Liming, im Rathaus empfangen. Nach dem Gespräch über Elektromobilität und Berufsbildung unterzeichneten beide eine Vereinbarung über die Zusammenarbeit in der Automobilindustrie.`,
    expect: {
      kind: 'meeting', date: '2022-09-21', end_date: null, location: 'Stuttgart', cities: ['Nanjing', 'Stuttgart'],
      participants: [P('Frank Nopper', 'mayor', 'Stuttgart', 'host'), P('Han Liming', 'party_secretary', 'Nanjing', 'guest')],
      topics: ['industrial_transformation', 'education'], agreement_signed: true,
    },
  },
  {
    id: 'm-de-18', lang: 'de', published: '2021-11-12',
    text: `Kulturwoche eröffnet
Nürnberg, 12.11.2021

Mit einem Konzert ist am Donnerstagabend die Chinesische Kulturwoche in der Meistersingerhalle eröffnet worden. Das Programm mit Ausstellungen und Lesungen läuft bis Ende November. Die Veranstalter rechnen mit mehreren tausend Besucherinnen und Besuchern.`,
    expect: { ...NONE },
  },
  {
    id: 'm-de-19', lang: 'de', published: '2018-05-25',
    text: `Ministerpräsident Söder trifft Gouverneur von Guangdong
München, 25.05.2018

Bayerns Ministerpräsident Markus Söder hat am Montag in der Staatskanzlei den Gouverneur der Provinz Guangdong, Ma Xingrui, empfangen. Beide Seiten vereinbarten, die Zusammenarbeit in der Luftfahrt, in der Medizin und im Tourismus zu vertiefen. Begleitet wurde Ma vom chinesischen Generalkonsul in München, Mao Jingqiu.`,
    expect: {
      kind: 'meeting', date: '2018-05-21', end_date: null, location: 'Munich', cities: ['Bavaria', 'Guangdong'],
      participants: [P('Markus Söder', 'governor', 'Bavaria', 'host'), P('Ma Xingrui', 'governor', 'Guangdong', 'guest'), P('Mao Jingqiu', 'consul_general', 'China', 'guest')],
      topics: ['industrial_transformation', 'health', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-20', lang: 'de', published: '2025-05-23',
    text: `Besuch aus Suzhou angekündigt
Freiburg, 23.05.2025

Eine Delegation aus der Partnerstadt Suzhou wird am kommenden Dienstag in Freiburg erwartet. Angeführt wird sie vom Bürgermeister Wu Qingwen. Oberbürgermeister Martin Horn wird die Gäste im Rathaus empfangen.`,
    expect: {
      kind: 'visit_announcement', date: '2025-05-27', end_date: null, location: 'Freiburg im Breisgau', cities: ['Freiburg im Breisgau', 'Suzhou'],
      participants: [P('Wu Qingwen', 'mayor', 'Suzhou', 'guest'), P('Martin Horn', 'mayor', 'Freiburg im Breisgau', 'host')],
      topics: [], agreement_signed: false,
    },
  },
  // ================================================================== English
  {
    id: 'm-en-01', lang: 'en', published: '2023-04-14',
    text: `Mayor welcomes delegation from sister city Hangzhou
Boston City Hall news, April 14, 2023

Mayor Michelle Wu welcomed a delegation from Hangzhou led by Vice Mayor Chen Weiqiang at City Hall on Wednesday. The two sides discussed cooperation in clean energy and student exchanges between the two cities' universities.`,
    expect: {
      kind: 'meeting', date: '2023-04-12', end_date: null, location: 'Boston', cities: ['Boston', 'Hangzhou'],
      participants: [P('Michelle Wu', 'mayor', 'Boston', 'host'), P('Chen Weiqiang', 'deputy_mayor', 'Hangzhou', 'guest')],
      topics: ['education', 'energy'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-02', lang: 'en', published: '2024-03-08',
    text: `Beijing Party chief meets Paris mayor
BEIJING, March 7 (Xinhua) -- Yin Li, secretary of the CPC Beijing Municipal Committee, met with Paris Mayor Anne Hidalgo in Beijing on Thursday. The two sides agreed to deepen exchanges in culture, sports and urban planning.`,
    expect: {
      kind: 'meeting', date: '2024-03-07', end_date: null, location: 'Beijing', cities: ['Beijing', 'Paris'],
      participants: [P('Yin Li', 'party_secretary', 'Beijing', 'host'), P('Anne Hidalgo', 'mayor', 'Paris', 'guest')],
      topics: ['urban_governance', 'culture', 'sports'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-03', lang: 'en', published: '2022-09-23',
    text: `Tokyo governor holds talks with Seoul mayor
TOKYO, Sept. 23 (Kyodo) -- Tokyo Governor Yuriko Koike held talks with Seoul Mayor Oh Se-hoon in Tokyo on Thursday, agreeing to strengthen cooperation on disaster prevention, tourism and measures against climate change.`,
    expect: {
      kind: 'meeting', date: '2022-09-22', end_date: null, location: 'Tokyo', cities: ['Seoul', 'Tokyo'],
      participants: [P('Yuriko Koike', 'governor', 'Tokyo', 'host'), P('Oh Se-hoon', 'mayor', 'Seoul', 'guest')],
      topics: ['green_low_carbon', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-04', lang: 'en', published: '2019-06-21',
    text: `Melbourne and Tianjin sign memorandum
Melbourne, 21 June 2019

Lord Mayor Sally Capp and Tianjin Vice Mayor Li Shuling signed a memorandum of understanding at Melbourne Town Hall on Tuesday. The memorandum covers cooperation in education, biomedicine and tourism.`,
    expect: {
      kind: 'signing', date: '2019-06-18', end_date: null, location: 'Melbourne', cities: ['Melbourne', 'Tianjin'],
      participants: [P('Sally Capp', 'mayor', 'Melbourne', 'host'), P('Li Shuling', 'deputy_mayor', 'Tianjin', 'guest')],
      topics: ['health', 'education', 'tourism'], agreement_signed: true,
    },
  },
  {
    id: 'm-en-05', lang: 'en', published: '2021-11-12',
    text: `Auckland mayor holds video call with Guangzhou counterpart
Auckland, November 12, 2021

Mayor Phil Goff held a video call with Guangzhou Mayor Wen Guohui on Wednesday. They agreed to keep up trade links and exchanges between students despite the border closures.`,
    expect: {
      kind: 'video_call', date: '2021-11-10', end_date: null, location: null, cities: ['Auckland', 'Guangzhou'],
      participants: [P('Phil Goff', 'mayor', 'Auckland', null), P('Wen Guohui', 'mayor', 'Guangzhou', null)],
      topics: ['education', 'economy_trade'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-06', lang: 'en', published: '2018-05-25',
    text: `California governor meets Guangdong counterpart in Guangzhou
GUANGZHOU, May 24 -- California Governor Jerry Brown met Guangdong Governor Ma Xingrui in Guangzhou on Thursday. The two discussed clean energy, emissions trading and trade between the state and the province.`,
    expect: {
      kind: 'meeting', date: '2018-05-24', end_date: null, location: 'Guangzhou', cities: ['California', 'Guangdong'],
      participants: [P('Jerry Brown', 'governor', 'California', 'guest'), P('Ma Xingrui', 'governor', 'Guangdong', 'host')],
      topics: ['green_low_carbon', 'economy_trade', 'energy'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-07', lang: 'en', published: '2023-11-03',
    text: `Lord Mayor to lead delegation to China and Japan
Birmingham, 3 November 2023

The Lord Mayor of Birmingham, Chaman Lal, will lead a delegation to Asia next week. The delegation is scheduled to visit Guangzhou, Shanghai and Nagoya, with talks on advanced manufacturing and universities.`,
    expect: {
      kind: 'visit_announcement', date: null, end_date: null, location: null, cities: ['Birmingham', 'Guangzhou', 'Nagoya', 'Shanghai'],
      participants: [P('Chaman Lal', 'mayor', 'Birmingham', 'guest')],
      topics: ['industrial_transformation', 'education'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-08', lang: 'en', published: '2016-06-10',
    text: `A city of bridges: Chongqing at a glance
June 10, 2016

Chongqing, on the Yangtze River, is home to more than 30 million people. The municipality has become a hub for car manufacturing and laptops, and its freight trains run to Duisburg in Germany. Its sister cities include Düsseldorf and Toronto.`,
    expect: { ...NONE },
  },
  {
    id: 'm-en-09', lang: 'en', published: '2024-10-18',
    text: `US ambassador visits Wuhan, meets mayor
WUHAN, Oct. 17 -- U.S. Ambassador to China Nicholas Burns met Wuhan Mayor Sheng Yuechun in Wuhan on Thursday. They discussed American companies in the city and exchanges between students.`,
    expect: {
      kind: 'meeting', date: '2024-10-17', end_date: null, location: 'Wuhan', cities: ['United States', 'Wuhan'],
      participants: [P('Nicholas Burns', 'ambassador', 'United States', 'guest'), P('Sheng Yuechun', 'mayor', 'Wuhan', 'host')],
      topics: ['education'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-10', lang: 'en', published: '2017-09-29',
    text: `Council hosts delegation from Xiamen
Cardiff, 29 September 2017

Councillors received a delegation from Xiamen at City Hall on Tuesday. The group, led by Deputy Mayor Ni Jianren, was welcomed by the Lord Mayor of Cardiff, Bob Derbyshire, and council leader Huw Thomas. Talks focused on port cooperation and tourism.`,
    expect: {
      kind: 'meeting', date: '2017-09-26', end_date: null, location: 'Cardiff', cities: ['Cardiff', 'Xiamen'],
      participants: [P('Ni Jianren', 'deputy_mayor', 'Xiamen', 'guest'), P('Bob Derbyshire', 'mayor', 'Cardiff', 'host'), P('Huw Thomas', 'legislator', 'Cardiff', 'host')],
      topics: ['ports_logistics', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-11', lang: 'en', published: '2025-02-14',
    text: `Asian Mayors Forum opens in Busan
BUSAN, Feb. 13 -- Mayors and officials from Busan, Shanghai, Osaka, Ho Chi Minh City and Kaohsiung gathered in Busan on Thursday for the two-day Asian Mayors Forum. Busan Mayor Park Heong-joon opened the forum, which focuses on smart cities and port logistics.`,
    expect: {
      kind: 'forum', date: '2025-02-13', end_date: '2025-02-14', location: 'Busan', cities: ['Busan', 'Ho Chi Minh City', 'Kaohsiung', 'Osaka', 'Shanghai'],
      participants: [P('Park Heong-joon', 'mayor', 'Busan', 'host')],
      topics: ['smart_city', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-12', lang: 'en', published: '2020-10-16',
    text: `"Friendship needs no passport": an interview with Mayor Ted Wheeler
Portland, October 16, 2020

In an interview, Mayor Ted Wheeler talks about the city's 32-year partnership with Suzhou, about the pandemic and about what he has learned from Chinese cities. He has no plans to travel this year.`,
    expect: { ...NONE },
  },
  {
    id: 'm-en-13', lang: 'en', published: '2019-12-06',
    text: `Seattle mayor hosts Chongqing Party chief
Seattle, December 6, 2019

Mayor Jenny Durkan hosted Chongqing Party Secretary Chen Min'er and his delegation at City Hall on Tuesday. The visit was arranged by the Consul General of China in San Francisco, Wang Donghua, who also attended. Discussions centered on aerospace, trade and tourism.`,
    expect: {
      kind: 'meeting', date: '2019-12-03', end_date: null, location: 'Seattle', cities: ['Chongqing', 'Seattle'],
      participants: [P('Jenny Durkan', 'mayor', 'Seattle', 'host'), P("Chen Min'er", 'party_secretary', 'Chongqing', 'guest'), P('Wang Donghua', 'consul_general', 'China', 'guest')],
      topics: ['industrial_transformation', 'economy_trade', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-14', lang: 'en', published: '2024-06-28',
    text: `Vancouver signs letter of intent with Guangzhou
Vancouver, June 28, 2024

Vancouver and Guangzhou signed a letter of intent on green transition and ports at a ceremony in Guangzhou yesterday. Deputy Mayor Sarah Kirby-Yung signed for Vancouver and Vice Mayor Tang Hangqiao for Guangzhou.`,
    expect: {
      kind: 'signing', date: '2024-06-27', end_date: null, location: 'Guangzhou', cities: ['Guangzhou', 'Vancouver'],
      participants: [P('Sarah Kirby-Yung', 'deputy_mayor', 'Vancouver', 'guest'), P('Tang Hangqiao', 'deputy_mayor', 'Guangzhou', 'host')],
      topics: ['green_low_carbon', 'ports_logistics'], agreement_signed: true,
    },
  },
  {
    id: 'm-en-15', lang: 'en', published: '2022-09-23',
    text: `Osaka governor meets Shanghai mayor on Expo cooperation
OSAKA, Sept. 22 (Kyodo) -- Osaka Governor Hirofumi Yoshimura met Shanghai Mayor Gong Zheng in Osaka on Thursday. The two discussed cooperation on the World Expo, health care and elderly care.`,
    expect: {
      kind: 'meeting', date: '2022-09-22', end_date: null, location: 'Osaka', cities: ['Osaka Prefecture', 'Shanghai'],
      participants: [P('Hirofumi Yoshimura', 'governor', 'Osaka Prefecture', 'host'), P('Gong Zheng', 'mayor', 'Shanghai', 'guest')],
      topics: ['elderly_care', 'health'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-16', lang: 'en', published: '2018-05-25',
    text: `Mayor receives Chinese business delegation
Manchester, 25 May 2018

Lord Mayor June Hitchen received Wuhan Vice Mayor Xu Honglan and a group of business leaders from Wuhan at the Town Hall on Monday. Xu was accompanied by Li Jun, chairman of the Wuhan Optics Valley Group. The sides talked about investment in Manchester and links between universities.`,
    expect: {
      kind: 'meeting', date: '2018-05-21', end_date: null, location: 'Manchester', cities: ['Manchester', 'Wuhan'],
      participants: [P('June Hitchen', 'mayor', 'Manchester', 'host'), P('Xu Honglan', 'deputy_mayor', 'Wuhan', 'guest'), P('Li Jun', 'business', 'Wuhan Optics Valley Group', 'guest')],
      topics: ['education', 'economy_trade'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-17', lang: 'en', published: '2025-05-23',
    text: `Sister cities mark 40 years with online ceremony
Adelaide, May 23, 2025

Lord Mayor Jane Lomax-Smith and Qingdao Mayor Zhao Haozhi joined an online ceremony by video link on Tuesday to mark 40 years of sister-city ties. Both agreed to expand cooperation in wine trade and education.`,
    expect: {
      kind: 'video_call', date: '2025-05-20', end_date: null, location: null, cities: ['Adelaide', 'Qingdao'],
      participants: [P('Jane Lomax-Smith', 'mayor', 'Adelaide', null), P('Zhao Haozhi', 'mayor', 'Qingdao', null)],
      topics: ['education', 'economy_trade'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-18', lang: 'en', published: '2021-11-12',
    text: `Chicago mayor to visit Shenyang next month
Chicago, November 12, 2021

Mayor Lori Lightfoot will visit sister city Shenyang from December 6 to 9, her office announced on Friday. She is scheduled to meet Shenyang Mayor Wang Xinwei and discuss trade and education.`,
    expect: {
      kind: 'visit_announcement', date: '2021-12-06', end_date: '2021-12-09', location: 'Shenyang', cities: ['Chicago', 'Shenyang'],
      participants: [P('Lori Lightfoot', 'mayor', 'Chicago', 'guest'), P('Wang Xinwei', 'mayor', 'Shenyang', 'host')],
      topics: ['education', 'economy_trade'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-19', lang: 'en', published: '2016-06-10',
    text: `Vice premier meets Hamburg mayor
HAMBURG, June 9 -- Chinese Vice Premier Liu Yandong met Hamburg's First Mayor Olaf Scholz in Hamburg on Thursday. They discussed science cooperation and exchanges of students.`,
    expect: {
      kind: 'meeting', date: '2016-06-09', end_date: null, location: 'Hamburg', cities: ['China', 'Hamburg'],
      participants: [P('Liu Yandong', 'minister', 'China', 'guest'), P('Olaf Scholz', 'mayor', 'Hamburg', 'host')],
      topics: ['education', 'science_innovation'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-20', lang: 'en', published: '2019-12-06',
    text: `Texas governor receives Chinese consul general
Austin, December 6, 2019

Texas Governor Greg Abbott received Li Qiangmin, China's Consul General in Houston, at the State Capitol on Wednesday. They discussed energy, agriculture and trade between Texas and China.`,
    expect: {
      kind: 'meeting', date: '2019-12-04', end_date: null, location: 'Austin', cities: ['China', 'Texas'],
      participants: [P('Greg Abbott', 'governor', 'Texas', 'host'), P('Li Qiangmin', 'consul_general', 'China', 'guest')],
      topics: ['economy_trade', 'energy'], agreement_signed: false,
    },
  },
  // ================================================================== Chinese
  {
    id: 'm-zh-01', lang: 'zh', published: '2023-04-14',
    text: `郭元强会见德国杜伊斯堡市市长林克
发布时间：2023-04-14 来源：长江日报

4月13日下午，武汉市委书记郭元强在武汉会见了德国杜伊斯堡市市长林克一行。双方就深化中欧班列合作、加强职业教育交流等进行了交流。`,
    expect: {
      kind: 'meeting', date: '2023-04-13', end_date: null, location: 'Wuhan', cities: ['Duisburg', 'Wuhan'],
      participants: [P('郭元强', 'party_secretary', 'Wuhan', 'host'), P('林克', 'mayor', 'Duisburg', 'guest')],
      topics: ['education', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-02', lang: 'zh', published: '2022-09-23',
    text: `吉村洋文知事一行访问上海
9月22日，上海市市长龚正在浦江饭店会见了日本大阪府知事吉村洋文一行。龚正表示，希望双方在世博会、医疗健康和养老等领域深化合作。`,
    expect: {
      kind: 'meeting', date: '2022-09-22', end_date: null, location: 'Shanghai', cities: ['Osaka Prefecture', 'Shanghai'],
      participants: [P('龚正', 'mayor', 'Shanghai', 'host'), P('吉村洋文', 'governor', 'Osaka Prefecture', 'guest')],
      topics: ['elderly_care', 'health'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-03', lang: 'zh', published: '2019-06-21',
    text: `成都市与法国里昂市签署友好合作备忘录
6月18日，成都市与法国里昂市友好合作备忘录签约仪式在成都举行。成都市副市长刘筱柳与里昂市副市长让-米歇尔·杜兰分别代表两市签署备忘录。根据备忘录，两市将在文化、旅游和生物医药领域加强合作。`,
    expect: {
      kind: 'signing', date: '2019-06-18', end_date: null, location: 'Chengdu', cities: ['Chengdu', 'Lyon'],
      participants: [P('刘筱柳', 'deputy_mayor', 'Chengdu', 'host'), P('让-米歇尔·杜兰', 'deputy_mayor', 'Lyon', 'guest')],
      topics: ['health', 'culture', 'tourism'], agreement_signed: true,
    },
  },
  {
    id: 'm-zh-04', lang: 'zh', published: '2021-11-12',
    text: `许勤与美国华盛顿州州长视频连线
11月10日，黑龙江省省长许勤与美国华盛顿州州长杰伊·英斯利举行视频会见。双方就加强经贸、农业和清洁能源合作交换了意见。`,
    expect: {
      kind: 'video_call', date: '2021-11-10', end_date: null, location: null, cities: ['Heilongjiang', 'Washington'],
      participants: [P('许勤', 'governor', 'Heilongjiang', null), P('杰伊·英斯利', 'governor', 'Washington', null)],
      topics: ['economy_trade', 'energy'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-05', lang: 'zh', published: '2019-12-06',
    text: `2019中国—中东欧城市论坛在宁波开幕
12月5日，2019中国—中东欧城市论坛在宁波开幕。来自布拉格、布达佩斯、华沙、贝尔格莱德等城市的代表参加论坛。宁波市市长裘东耀出席开幕式并致辞，他表示，希望各方在经贸、港口物流和人文交流等领域深化合作。`,
    expect: {
      kind: 'forum', date: '2019-12-05', end_date: null, location: 'Ningbo', cities: ['Belgrade', 'Budapest', 'Ningbo', 'Prague', 'Warsaw'],
      participants: [P('裘东耀', 'mayor', 'Ningbo', 'host')],
      topics: ['economy_trade', 'people_to_people', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-06', lang: 'zh', published: '2024-06-28',
    text: `赵豪志率团访问德国汉堡
6月26日，应汉堡市第一市长彼得·辰切尔邀请，青岛市市长赵豪志率青岛市代表团访问汉堡。彼得·辰切尔在市政厅会见了代表团一行。双方就港口航运、氢能和青年交流等领域合作进行了深入交流。`,
    expect: {
      kind: 'meeting', date: '2024-06-26', end_date: null, location: 'Hamburg', cities: ['Hamburg', 'Qingdao'],
      participants: [P('彼得·辰切尔', 'mayor', 'Hamburg', 'host'), P('赵豪志', 'mayor', 'Qingdao', 'guest')],
      topics: ['energy', 'youth', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-07', lang: 'zh', published: '2025-02-14',
    text: `市长将率团出访澳大利亚
2月14日讯 记者从市外办获悉，应墨尔本市市长邀请，苏州市市长吴庆文将于2月17日至21日率团访问澳大利亚墨尔本市。访问期间，代表团将与当地政府就教育、旅游和生物医药合作进行交流。`,
    expect: {
      kind: 'visit_announcement', date: '2025-02-17', end_date: '2025-02-21', location: 'Melbourne', cities: ['Melbourne', 'Suzhou'],
      participants: [P('吴庆文', 'mayor', 'Suzhou', 'guest')],
      topics: ['health', 'education', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-08', lang: 'zh', published: '2018-05-25',
    text: `副省长会见荷兰鹿特丹市副市长
5月23日，浙江省副省长朱从玖在杭州会见了荷兰鹿特丹市副市长阿诺德·伯格一行。双方就港口合作、物流和数字经济等议题交换了意见。`,
    expect: {
      kind: 'meeting', date: '2018-05-23', end_date: null, location: 'Hangzhou', cities: ['Rotterdam', 'Zhejiang'],
      participants: [P('朱从玖', 'official', 'Zhejiang', 'host'), P('阿诺德·伯格', 'deputy_mayor', 'Rotterdam', 'guest')],
      topics: ['digitalization', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-09', lang: 'zh', published: '2016-06-10',
    text: `友城故事：西安与德国多特蒙德的三十年
西安与多特蒙德于1991年缔结友好城市关系。三十年来，两市在教育、文化等领域开展了丰富的交流。多特蒙德的足球学校至今仍接待西安的青少年球员。`,
    expect: { ...NONE },
  },
  {
    id: 'm-zh-10', lang: 'zh', published: '2020-10-16',
    text: `中国驻汉堡总领事会见汉堡市第一市长
10月14日，中国驻汉堡总领事杜小丛拜会汉堡市第一市长彼得·辰切尔。双方就汉堡与上海友城合作、港口和文化交流等交换了意见。`,
    expect: {
      kind: 'meeting', date: '2020-10-14', end_date: null, location: 'Hamburg', cities: ['China', 'Hamburg'],
      participants: [P('杜小丛', 'consul_general', 'China', 'guest'), P('彼得·辰切尔', 'mayor', 'Hamburg', 'host')],
      topics: ['culture', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-11', lang: 'zh', published: '2024-10-18',
    text: `陈吉宁会见新加坡客人
本报讯 10月16日，市委书记陈吉宁在上海会见了新加坡国务资政张志贤一行。双方就加强金融、科技创新和城市治理合作交换了意见。市领导华源参加会见。`,
    expect: {
      kind: 'meeting', date: '2024-10-16', end_date: null, location: 'Shanghai', cities: ['Shanghai', 'Singapore'],
      participants: [P('陈吉宁', 'party_secretary', 'Shanghai', 'host'), P('张志贤', 'minister', 'Singapore', 'guest'), P('华源', 'official', 'Shanghai', 'host')],
      topics: ['urban_governance', 'economy_trade', 'science_innovation'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-12', lang: 'zh', published: '2017-09-29',
    text: `广州市长会见美国洛杉矶市长
9月28日，广州市市长温国辉在广州会见了美国洛杉矶市市长埃里克·加西蒂一行。双方表示，将进一步加强在航运、旅游和高新技术领域的合作。会见后，两市签署了经贸合作备忘录。`,
    expect: {
      kind: 'meeting', date: '2017-09-28', end_date: null, location: 'Guangzhou', cities: ['Guangzhou', 'Los Angeles'],
      participants: [P('温国辉', 'mayor', 'Guangzhou', 'host'), P('埃里克·加西蒂', 'mayor', 'Los Angeles', 'guest')],
      topics: ['economy_trade', 'science_innovation', 'ports_logistics', 'tourism'], agreement_signed: true,
    },
  },
  {
    id: 'm-zh-13', lang: 'zh', published: '2023-11-03',
    text: `我市代表团访问韩国釜山
10月30日至11月1日，厦门市副市长庄荣良率厦门市政府代表团访问韩国釜山市。访问期间，庄荣良会见了釜山市长朴亨埈，双方就港口、旅游和青年交流等合作进行了交流。`,
    expect: {
      kind: 'meeting', date: '2023-10-30', end_date: '2023-11-01', location: 'Busan', cities: ['Busan', 'Xiamen'],
      participants: [P('庄荣良', 'deputy_mayor', 'Xiamen', 'guest'), P('朴亨埈', 'mayor', 'Busan', 'host')],
      topics: ['youth', 'ports_logistics', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-14', lang: 'zh', published: '2022-09-23',
    text: `天津市领导会见英国驻华大使
9月21日，天津市市长张工在天津会见了英国驻华大使吴若兰。双方就加强经贸、教育和绿色发展合作进行了交流。`,
    expect: {
      kind: 'meeting', date: '2022-09-21', end_date: null, location: 'Tianjin', cities: ['Tianjin', 'United Kingdom'],
      participants: [P('张工', 'mayor', 'Tianjin', 'host'), P('吴若兰', 'ambassador', 'United Kingdom', 'guest')],
      topics: ['green_low_carbon', 'education', 'economy_trade'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-15', lang: 'zh', published: '2019-06-21',
    text: `国际友城市长峰会在青岛举行
6月19日至20日，国际友城市长峰会在青岛举行，来自韩国大邱、日本下关、德国曼海姆和澳大利亚阿德莱德等城市的市长和代表参会。青岛市委书记王清宪出席开幕式并致辞。与会城市围绕智慧城市和绿色低碳发展进行了研讨。`,
    expect: {
      kind: 'forum', date: '2019-06-19', end_date: '2019-06-20', location: 'Qingdao', cities: ['Adelaide', 'Daegu', 'Mannheim', 'Qingdao', 'Shimonoseki'],
      participants: [P('王清宪', 'party_secretary', 'Qingdao', 'host')],
      topics: ['smart_city', 'green_low_carbon'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-16', lang: 'zh', published: '2021-11-12',
    text: `南京市长与莱比锡市长举行视频会谈
11月9日，南京市市长韩立明与德国莱比锡市市长布克哈德·荣格举行视频会谈，双方同意在职业教育、文化和新能源汽车领域加强合作。`,
    expect: {
      kind: 'video_call', date: '2021-11-09', end_date: null, location: null, cities: ['Leipzig', 'Nanjing'],
      participants: [P('韩立明', 'mayor', 'Nanjing', null), P('布克哈德·荣格', 'mayor', 'Leipzig', null)],
      topics: ['industrial_transformation', 'education', 'culture'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-17', lang: 'zh', published: '2025-05-23',
    text: `深圳市长会见西门子公司董事长
5月21日，深圳市市长覃伟中在深圳会见了德国西门子公司董事长吉姆·哈格曼·斯纳贝一行。双方就智能制造、数字化和能源合作交换了意见。`,
    expect: {
      kind: 'meeting', date: '2025-05-21', end_date: null, location: 'Shenzhen', cities: ['Shenzhen'],
      participants: [P('覃伟中', 'mayor', 'Shenzhen', 'host'), P('吉姆·哈格曼·斯纳贝', 'business', 'Siemens', 'guest')],
      topics: ['digitalization', 'industrial_transformation', 'energy'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-18', lang: 'zh', published: '2024-03-08',
    text: `杭州市长会见新西兰惠灵顿市长
3月6日下午，杭州市市长姚高员在杭州会见了新西兰惠灵顿市市长托丽·法纳乌一行。姚高员表示，希望两市在数字经济、旅游和教育等领域深化交流合作。托丽·法纳乌表示，惠灵顿愿与杭州加强人文交流。`,
    expect: {
      kind: 'meeting', date: '2024-03-06', end_date: null, location: 'Hangzhou', cities: ['Hangzhou', 'Wellington'],
      participants: [P('姚高员', 'mayor', 'Hangzhou', 'host'), P('托丽·法纳乌', 'mayor', 'Wellington', 'guest')],
      topics: ['digitalization', 'education', 'people_to_people', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-19', lang: 'zh', published: '2018-05-25',
    text: `省长会见美国艾奥瓦州州长
5月22日，河北省省长许勤在石家庄会见了美国艾奥瓦州州长金·雷诺兹一行。双方表示，愿在农业、经贸和教育领域深化合作。河北与艾奥瓦州于1983年结为友好省州。`,
    expect: {
      kind: 'meeting', date: '2018-05-22', end_date: null, location: 'Shijiazhuang', cities: ['Hebei', 'Iowa'],
      participants: [P('许勤', 'governor', 'Hebei', 'host'), P('金·雷诺兹', 'governor', 'Iowa', 'guest')],
      topics: ['education', 'economy_trade'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-20', lang: 'zh', published: '2020-10-16',
    text: `成都市与意大利米兰市签署友好合作协议
10月13日，成都市与意大利米兰市以视频连线方式举行友好合作协议签约仪式。成都市副市长刘筱柳和米兰市副市长罗伯塔·科科分别在两地签署协议。`,
    expect: {
      kind: 'video_call', date: '2020-10-13', end_date: null, location: null, cities: ['Chengdu', 'Milan'],
      participants: [P('刘筱柳', 'deputy_mayor', 'Chengdu', null), P('罗伯塔·科科', 'deputy_mayor', 'Milan', null)],
      topics: [], agreement_signed: true,
    },
  },

  // ================================================================== third batch: longer texts, more people
  {
    id: 'm-de-21', lang: 'de', published: '2023-03-17',
    text: `Hoher Besuch aus der Partnerstadt Chengdu
Bonn, 17.03.2023

Eine zwölfköpfige Delegation aus Chengdu ist am Dienstag im Alten Rathaus von Oberbürgermeisterin Katja Dörner empfangen worden. Angeführt wurde die Delegation vom Vizebürgermeister Cao Junjie. Zur Delegation gehörte auch der Direktor des Büros für auswärtige Angelegenheiten der Stadt Chengdu, Li Qiang.

Dörner und Cao vereinbarten, die Zusammenarbeit in der Nachhaltigkeitsforschung, beim Klimaschutz und in der Berufsbildung auszubauen. Der frühere Oberbürgermeister Jürgen Nimptsch, der die Partnerschaft 2009 begründet hatte, war ebenfalls unter den Gästen.`,
    expect: {
      kind: 'meeting', date: '2023-03-14', end_date: null, location: 'Bonn', cities: ['Bonn', 'Chengdu'],
      participants: [P('Katja Dörner', 'mayor', 'Bonn', 'host'), P('Cao Junjie', 'deputy_mayor', 'Chengdu', 'guest'), P('Li Qiang', 'official', 'Chengdu', 'guest'), P('Jürgen Nimptsch', 'other', null, null)],
      topics: ['green_low_carbon', 'education', 'science_innovation'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-22', lang: 'de', published: '2022-05-13',
    text: `Erster Bürgermeister trifft Botschafter
Hamburg, 13.05.2022

Hamburgs Erster Bürgermeister Peter Tschentscher hat am Mittwoch den Botschafter Japans in Deutschland, Hidenao Yanagi, im Rathaus empfangen. Im Mittelpunkt des Gesprächs standen Wasserstoff, die Hafenwirtschaft und die Partnerschaft mit Osaka. Senatorin Melanie Leonhard nahm an dem Treffen teil.`,
    expect: {
      kind: 'meeting', date: '2022-05-11', end_date: null, location: 'Hamburg', cities: ['Hamburg', 'Japan'],
      participants: [P('Peter Tschentscher', 'mayor', 'Hamburg', 'host'), P('Hidenao Yanagi', 'ambassador', 'Japan', 'guest'), P('Melanie Leonhard', 'official', 'Hamburg', 'host')],
      topics: ['energy', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-23', lang: 'de', published: '2024-09-13',
    text: `Städtepartnerschaft mit Kaohsiung besiegelt
Düsseldorf (dpa/lnw) – Düsseldorf und die taiwanische Hafenstadt Kaohsiung haben am Donnerstag eine Städtepartnerschaft besiegelt. Oberbürgermeister Stephan Keller und Bürgermeister Chen Chi-mai unterzeichneten die Urkunde im Düsseldorfer Rathaus. Die Städte wollen vor allem bei erneuerbaren Energien und in der Kultur zusammenarbeiten.`,
    expect: {
      kind: 'signing', date: '2024-09-12', end_date: null, location: 'Düsseldorf', cities: ['Düsseldorf', 'Kaohsiung'],
      participants: [P('Stephan Keller', 'mayor', 'Düsseldorf', 'host'), P('Chen Chi-mai', 'mayor', 'Kaohsiung', 'guest')],
      topics: ['culture', 'energy'], agreement_signed: true,
    },
  },
  {
    id: 'm-de-24', lang: 'de', published: '2019-10-11',
    text: `Oberbürgermeister in Nanjing: Gespräche über Berufsbildung
Leipzig, 11.10.2019

Oberbürgermeister Burkhard Jung ist am Dienstag in Leipzigs Partnerstadt Nanjing vom dortigen Parteisekretär Zhang Jinghua empfangen worden. Die beiden sprachen über die Zusammenarbeit in der Berufsbildung und in der Musik. Begleitet wurde Jung von Wirtschaftsbürgermeister Uwe Albrecht.`,
    expect: {
      kind: 'meeting', date: '2019-10-08', end_date: null, location: 'Nanjing', cities: ['Leipzig', 'Nanjing'],
      participants: [P('Burkhard Jung', 'mayor', 'Leipzig', 'guest'), P('Zhang Jinghua', 'party_secretary', 'Nanjing', 'host'), P('Uwe Albrecht', 'deputy_mayor', 'Leipzig', 'guest')],
      topics: ['culture', 'education'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-25', lang: 'de', published: '2021-06-18',
    text: `Online-Konferenz der Partnerstädte
Freiburg, 18.06.2021

Zu einer Online-Konferenz über Klimaschutz in Städten haben sich am Mittwoch Vertreterinnen und Vertreter aus Freiburg, Besançon, Padua und Lemberg zugeschaltet. Oberbürgermeister Martin Horn eröffnete die Konferenz per Video.`,
    expect: {
      kind: 'forum', date: '2021-06-16', end_date: null, location: null, cities: ['Besançon', 'Freiburg im Breisgau', 'Lviv', 'Padua'],
      participants: [P('Martin Horn', 'mayor', 'Freiburg im Breisgau', 'host')],
      topics: ['green_low_carbon'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-26', lang: 'de', published: '2018-11-16',
    text: `Landrat empfängt Gäste aus der Provinz Hubei
Landratsamt Esslingen, 16.11.2018

Landrat Heinz Eininger hat am Montag eine Delegation der Provinz Hubei unter Leitung des Vizegouverneurs Cao Guangjing empfangen. Gesprochen wurde über die Zusammenarbeit in der Automobilzulieferindustrie und in der Berufsausbildung.`,
    expect: {
      kind: 'meeting', date: '2018-11-12', end_date: null, location: 'Esslingen am Neckar', cities: ['Esslingen am Neckar', 'Hubei'],
      participants: [P('Heinz Eininger', 'official', 'Esslingen am Neckar', 'host'), P('Cao Guangjing', 'official', 'Hubei', 'guest')],
      topics: ['industrial_transformation', 'education'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-27', lang: 'de', published: '2025-03-21',
    text: `Oberbürgermeisterin trifft Amtskollegen aus Rotterdam
Köln, 21.03.2025

Oberbürgermeisterin Henriette Reker hat am Donnerstag im Historischen Rathaus den Bürgermeister von Rotterdam, Ahmed Aboutaleb, getroffen. Beide Stadtoberhäupter tauschten sich über Hafenlogistik, Integration und die Energiewende aus.`,
    expect: {
      kind: 'meeting', date: '2025-03-20', end_date: null, location: 'Cologne', cities: ['Cologne', 'Rotterdam'],
      participants: [P('Henriette Reker', 'mayor', 'Cologne', 'host'), P('Ahmed Aboutaleb', 'mayor', 'Rotterdam', 'guest')],
      topics: ['energy', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-28', lang: 'de', published: '2020-09-04',
    text: `Gedenken an die Gründung der Partnerschaft
Dortmund, 04.09.2020

Vor 25 Jahren unterzeichneten der damalige Oberbürgermeister Günter Samtlebe und der Bürgermeister von Xi’an die Partnerschaftsurkunde. Eine Ausstellung im Rathaus erinnert nun an die Anfänge. Wegen der Pandemie fällt der geplante Besuch einer Delegation aus.`,
    expect: { ...NONE },
  },
  {
    id: 'm-en-21', lang: 'en', published: '2023-03-17',
    text: `Shanghai delegation visits Los Angeles
Los Angeles, March 17, 2023

Mayor Karen Bass received a delegation from Shanghai led by Vice Mayor Chen Tong at City Hall on Wednesday. Also present were Councilmember Nithya Raman and Port of Los Angeles Executive Director Gene Seroka. The two sides discussed green shipping corridors, tourism and exchanges between young people.`,
    expect: {
      kind: 'meeting', date: '2023-03-15', end_date: null, location: 'Los Angeles', cities: ['Los Angeles', 'Shanghai'],
      participants: [P('Karen Bass', 'mayor', 'Los Angeles', 'host'), P('Chen Tong', 'deputy_mayor', 'Shanghai', 'guest'), P('Nithya Raman', 'legislator', 'Los Angeles', 'host'), P('Gene Seroka', 'official', 'Los Angeles', 'host')],
      topics: ['green_low_carbon', 'youth', 'ports_logistics', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-22', lang: 'en', published: '2022-05-13',
    text: `Xi'an mayor meets Italian ambassador
XI'AN, May 12 (Xinhua) -- Ye Niuping, mayor of Xi'an, met with Luca Ferrari, Italian Ambassador to China, in Xi'an on Thursday. Both sides pledged to boost cooperation in cultural heritage protection, tourism and trade.`,
    expect: {
      kind: 'meeting', date: '2022-05-12', end_date: null, location: "Xi'an", cities: ['Italy', "Xi'an"],
      participants: [P('Ye Niuping', 'mayor', "Xi'an", 'host'), P('Luca Ferrari', 'ambassador', 'Italy', 'guest')],
      topics: ['culture', 'economy_trade', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-23', lang: 'en', published: '2024-09-13',
    text: `Sister City Summit brings mayors to San Antonio
San Antonio, September 13, 2024

Mayor Ron Nirenberg hosted the Sister Cities Summit on Thursday, with delegations from Guadalajara, Kumamoto, Wuxi and Darmstadt taking part. Participants discussed workforce training, tourism and investment.`,
    expect: {
      kind: 'forum', date: '2024-09-12', end_date: null, location: 'San Antonio', cities: ['Darmstadt', 'Guadalajara', 'Kumamoto', 'San Antonio', 'Wuxi'],
      participants: [P('Ron Nirenberg', 'mayor', 'San Antonio', 'host')],
      topics: ['economy_trade', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-24', lang: 'en', published: '2019-10-11',
    text: `Minister visits Hamburg port
Hamburg, October 11, 2019

China's Minister of Transport Li Xiaopeng visited Hamburg on Wednesday and held talks with First Mayor Peter Tschentscher at the City Hall. They discussed rail freight between China and Europe and the expansion of the port.`,
    expect: {
      kind: 'meeting', date: '2019-10-09', end_date: null, location: 'Hamburg', cities: ['China', 'Hamburg'],
      participants: [P('Li Xiaopeng', 'minister', 'China', 'guest'), P('Peter Tschentscher', 'mayor', 'Hamburg', 'host')],
      topics: ['ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-25', lang: 'en', published: '2021-06-18',
    text: `Mayor signs friendship agreement with Chinese city by video
Houston, June 18, 2021

Mayor Sylvester Turner and Shenzhen Mayor Qin Weizhong signed a friendship city agreement during a video conference on Tuesday. The agreement covers energy, health care and education.`,
    expect: {
      kind: 'video_call', date: '2021-06-15', end_date: null, location: null, cities: ['Houston', 'Shenzhen'],
      participants: [P('Sylvester Turner', 'mayor', 'Houston', null), P('Qin Weizhong', 'mayor', 'Shenzhen', null)],
      topics: ['health', 'education', 'energy'], agreement_signed: true,
    },
  },
  {
    id: 'm-en-26', lang: 'en', published: '2018-11-16',
    text: `Governor welcomes Hubei delegation
Lansing, November 16, 2018

Michigan Governor Rick Snyder welcomed a delegation from Hubei Province led by Governor Wang Xiaodong at the State Capitol on Tuesday. The governors discussed automotive manufacturing, higher education and agricultural trade.`,
    expect: {
      kind: 'meeting', date: '2018-11-13', end_date: null, location: 'Lansing', cities: ['Hubei', 'Michigan'],
      participants: [P('Rick Snyder', 'governor', 'Michigan', 'host'), P('Wang Xiaodong', 'governor', 'Hubei', 'guest')],
      topics: ['industrial_transformation', 'education', 'economy_trade'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-27', lang: 'en', published: '2025-03-21',
    text: `Deputy mayor to attend Shanghai forum
Rotterdam, March 21, 2025

Deputy Mayor Robert Simons will travel to Shanghai next Tuesday to attend the International Port Cities Forum. He will also meet Shanghai Vice Mayor Hua Yuan to discuss container logistics and hydrogen.`,
    expect: {
      kind: 'visit_announcement', date: '2025-03-25', end_date: null, location: 'Shanghai', cities: ['Rotterdam', 'Shanghai'],
      participants: [P('Robert Simons', 'deputy_mayor', 'Rotterdam', 'guest'), P('Hua Yuan', 'deputy_mayor', 'Shanghai', 'host')],
      topics: ['energy', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-28', lang: 'en', published: '2020-09-04',
    text: `What the sister-city network means for Sacramento
Sacramento, September 4, 2020

Sacramento has ten sister cities, from Jinan in China to Matsuyama in Japan. Former mayor Kevin Johnson once called the network a bridge for business. Today the program is run by volunteers and funds student exchanges.`,
    expect: { ...NONE },
  },
  {
    id: 'm-zh-21', lang: 'zh', published: '2023-03-17',
    text: `市长会见法国图卢兹市长一行
3月15日上午，成都市市长王凤朝在蓉会见了法国图卢兹市市长让-吕克·穆当一行。市政府秘书长王波、市外办主任李强参加会见。王凤朝表示，希望两市在航空航天、医疗和文化领域深化务实合作。穆当表示，图卢兹愿与成都加强经贸往来。`,
    expect: {
      kind: 'meeting', date: '2023-03-15', end_date: null, location: 'Chengdu', cities: ['Chengdu', 'Toulouse'],
      participants: [P('王凤朝', 'mayor', 'Chengdu', 'host'), P('让-吕克·穆当', 'mayor', 'Toulouse', 'guest'), P('王波', 'official', 'Chengdu', 'host'), P('李强', 'official', 'Chengdu', 'host')],
      topics: ['industrial_transformation', 'health', 'culture', 'economy_trade'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-22', lang: 'zh', published: '2022-05-13',
    text: `省长与日本爱知县知事举行视频会谈
5月11日，江苏省省长许昆林与日本爱知县知事大村秀章举行视频会谈。双方回顾了两省县友好交流历程，一致同意在新能源汽车、养老和青少年交流等领域加强合作。`,
    expect: {
      kind: 'video_call', date: '2022-05-11', end_date: null, location: null, cities: ['Aichi Prefecture', 'Jiangsu'],
      participants: [P('许昆林', 'governor', 'Jiangsu', null), P('大村秀章', 'governor', 'Aichi Prefecture', null)],
      topics: ['industrial_transformation', 'elderly_care', 'youth'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-23', lang: 'zh', published: '2024-09-13',
    text: `我市代表团出席德国杜伊斯堡港口物流论坛
9月10日至12日，重庆市副市长郑向东率团赴德国杜伊斯堡出席第五届中欧港口物流论坛。来自杜伊斯堡、鹿特丹、安特卫普和汉堡等城市的代表参会。杜伊斯堡市市长林克致开幕辞。郑向东在论坛上介绍了中欧班列（成渝）的发展情况。`,
    expect: {
      kind: 'forum', date: '2024-09-10', end_date: '2024-09-12', location: 'Duisburg', cities: ['Antwerp', 'Chongqing', 'Duisburg', 'Hamburg', 'Rotterdam'],
      participants: [P('郑向东', 'deputy_mayor', 'Chongqing', 'guest'), P('林克', 'mayor', 'Duisburg', 'host')],
      topics: ['ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-24', lang: 'zh', published: '2019-10-11',
    text: `市委书记会见美国西雅图市长
10月9日下午，重庆市委书记陈敏尔在渝会见了美国西雅图市市长珍妮·达坎一行。双方就加强航空、旅游和教育合作进行了交流。市委常委、秘书长吴存荣参加会见。`,
    expect: {
      kind: 'meeting', date: '2019-10-09', end_date: null, location: 'Chongqing', cities: ['Chongqing', 'Seattle'],
      participants: [P('陈敏尔', 'party_secretary', 'Chongqing', 'host'), P('珍妮·达坎', 'mayor', 'Seattle', 'guest'), P('吴存荣', 'official', 'Chongqing', 'host')],
      topics: ['industrial_transformation', 'education', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-25', lang: 'zh', published: '2021-06-18',
    text: `深圳与布里斯班结为友好城市二十周年
2021年是深圳与澳大利亚布里斯班结为友好城市二十周年。二十年来，两市在经贸、教育和文化等领域的交流合作不断深化。目前已有多所学校结为姊妹学校。`,
    expect: { ...NONE },
  },
  {
    id: 'm-zh-26', lang: 'zh', published: '2018-11-16',
    text: `广东省省长会见美国加州州长
11月14日，广东省省长马兴瑞在广州会见了美国加利福尼亚州州长杰里·布朗一行。双方表示，愿在应对气候变化、清洁能源和科技创新等方面深化合作，并共同签署了应对气候变化合作谅解备忘录。`,
    expect: {
      kind: 'meeting', date: '2018-11-14', end_date: null, location: 'Guangzhou', cities: ['California', 'Guangdong'],
      participants: [P('马兴瑞', 'governor', 'Guangdong', 'host'), P('杰里·布朗', 'governor', 'California', 'guest')],
      topics: ['green_low_carbon', 'science_innovation', 'energy'], agreement_signed: true,
    },
  },
  {
    id: 'm-zh-27', lang: 'zh', published: '2025-03-21',
    text: `副市长会见德国巴伐利亚州经济部代表团
3月19日，青岛市副市长耿涛会见了德国巴伐利亚州经济部国务秘书罗兰·魏格特率领的代表团。双方就智能制造、氢能和职业教育合作交换了意见。`,
    expect: {
      kind: 'meeting', date: '2025-03-19', end_date: null, location: 'Qingdao', cities: ['Bavaria', 'Qingdao'],
      participants: [P('耿涛', 'deputy_mayor', 'Qingdao', 'host'), P('罗兰·魏格特', 'official', 'Bavaria', 'guest')],
      topics: ['industrial_transformation', 'education', 'energy'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-28', lang: 'zh', published: '2020-09-04',
    text: `市长将出席中德城市合作论坛
记者9月4日从市外办获悉，沈阳市市长姜有为将于9月7日赴北京出席中德城市合作论坛，并与北京市副市长司马红会面。`,
    expect: {
      kind: 'visit_announcement', date: '2020-09-07', end_date: null, location: 'Beijing', cities: ['Beijing', 'Shenyang'],
      participants: [P('姜有为', 'mayor', 'Shenyang', 'guest'), P('司马红', 'deputy_mayor', 'Beijing', 'host')],
      topics: [], agreement_signed: false,
    },
  },

  // ================================================================== fourth batch: long reports with many attendees
  {
    id: 'm-zh-29', lang: 'zh', published: '2023-03-17',
    text: `殷勇会见德国汉堡市第一市长
3月16日上午，北京市委副书记、市长殷勇在市政府会见了德国汉堡市第一市长彼得·辰切尔率领的代表团。副市长司马红，德国驻华大使馆公使衔参赞方安妮，汉堡市经济部长梅拉妮·莱昂哈德参加会见。
殷勇表示，北京与汉堡同为国际化大都市，希望双方在科技创新、绿色低碳、港口物流和文化旅游等领域深化务实合作。辰切尔表示，汉堡愿与北京加强在氢能和人才交流方面的合作。`,
    expect: {
      kind: 'meeting', date: '2023-03-16', end_date: null, location: 'Beijing', cities: ['Beijing', 'Hamburg'],
      participants: [P('殷勇', 'mayor', 'Beijing', 'host'), P('彼得·辰切尔', 'mayor', 'Hamburg', 'guest'), P('司马红', 'deputy_mayor', 'Beijing', 'host'), P('方安妮', 'official', 'Germany', 'guest'), P('梅拉妮·莱昂哈德', 'minister', 'Hamburg', 'guest')],
      topics: ['green_low_carbon', 'culture', 'science_innovation', 'energy', 'ports_logistics', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-30', lang: 'zh', published: '2024-09-13',
    text: `市委书记会见日本大阪市市长一行
9月11日下午，上海市委书记陈吉宁在西郊宾馆会见了日本大阪市市长横山英幸一行。市委常委、秘书长李政，副市长华源，日本驻上海总领事赤松秀一参加会见。
陈吉宁说，上海与大阪缔结友好城市关系已有五十年，希望以此为契机，进一步深化经贸、医疗健康、养老和青少年交流合作。横山英幸表示，大阪愿借鉴上海在城市治理方面的经验。`,
    expect: {
      kind: 'meeting', date: '2024-09-11', end_date: null, location: 'Shanghai', cities: ['Osaka', 'Shanghai'],
      participants: [P('陈吉宁', 'party_secretary', 'Shanghai', 'host'), P('横山英幸', 'mayor', 'Osaka', 'guest'), P('李政', 'official', 'Shanghai', 'host'), P('华源', 'deputy_mayor', 'Shanghai', 'host'), P('赤松秀一', 'consul_general', 'Japan', 'guest')],
      topics: ['urban_governance', 'elderly_care', 'health', 'youth', 'economy_trade'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-31', lang: 'zh', published: '2019-10-11',
    text: `我市与德国纽伦堡市签署友好合作协议
10月9日，深圳市市长陈如桂在深圳会见了德国纽伦堡市市长乌尔里希·马利一行，并共同签署两市友好合作协议。根据协议，两市将在智能制造、医疗和职业教育领域开展合作。副市长王立新、市外办主任黄敏参加会见。`,
    expect: {
      kind: 'meeting', date: '2019-10-09', end_date: null, location: 'Shenzhen', cities: ['Nuremberg', 'Shenzhen'],
      participants: [P('陈如桂', 'mayor', 'Shenzhen', 'host'), P('乌尔里希·马利', 'mayor', 'Nuremberg', 'guest'), P('王立新', 'deputy_mayor', 'Shenzhen', 'host'), P('黄敏', 'official', 'Shenzhen', 'host')],
      topics: ['industrial_transformation', 'health', 'education'], agreement_signed: true,
    },
  },
  {
    id: 'm-zh-32', lang: 'zh', published: '2021-06-18',
    text: `省长会见英国苏格兰首席大臣
6月16日，山东省省长李干杰在济南会见了英国苏格兰首席大臣妮古拉·斯特金率领的代表团。副省长凌文，英国驻华大使吴若兰参加会见。双方就海洋经济、可再生能源和高校合作等交换了意见。`,
    expect: {
      kind: 'meeting', date: '2021-06-16', end_date: null, location: 'Jinan', cities: ['Scotland', 'Shandong'],
      participants: [P('李干杰', 'governor', 'Shandong', 'host'), P('妮古拉·斯特金', 'governor', 'Scotland', 'guest'), P('凌文', 'official', 'Shandong', 'host'), P('吴若兰', 'ambassador', 'United Kingdom', 'guest')],
      topics: ['education', 'economy_trade', 'energy'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-29', lang: 'de', published: '2024-09-13',
    text: `Partnerschaft mit Qingdao: Oberbürgermeister empfängt Delegation
Mannheim, 13.09.2024

Oberbürgermeister Christian Specht hat am Mittwoch eine Delegation aus Mannheims Partnerstadt Qingdao im Rathaus empfangen. Angeführt wurde die Gruppe vom Vizebürgermeister Geng Tao. Mit dabei waren auch der Generalkonsul der Volksrepublik China in Frankfurt, Wang Weidong, sowie Bürgermeister Dirk Grunert.

Specht erinnerte an die Anfänge der Partnerschaft im Jahr 2016, die der damalige Oberbürgermeister Peter Kurz begründet hatte. Im Gespräch ging es um den Austausch von Studierenden, um Wasserstoff und um die Zusammenarbeit der Häfen. Geng lud Specht zu einem Besuch in Qingdao im kommenden Jahr ein.

Am Nachmittag besichtigte die Delegation das Technoseum.`,
    expect: {
      kind: 'meeting', date: '2024-09-11', end_date: null, location: 'Mannheim', cities: ['Mannheim', 'Qingdao'],
      participants: [P('Christian Specht', 'mayor', 'Mannheim', 'host'), P('Geng Tao', 'deputy_mayor', 'Qingdao', 'guest'), P('Wang Weidong', 'consul_general', 'China', 'guest'), P('Dirk Grunert', 'deputy_mayor', 'Mannheim', 'host')],
      topics: ['education', 'energy', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-30', lang: 'de', published: '2019-10-11',
    text: `Ministerpräsident reist nach China
Hannover, 11.10.2019

Ministerpräsident Stephan Weil bricht am Sonntag zu einer sechstägigen Reise nach China auf. Erste Station ist Hefei; danach reist die Delegation weiter nach Shanghai. Geplant sind Gespräche über die Zusammenarbeit in der Automobilindustrie, in der Wissenschaft und beim Klimaschutz. Begleitet wird Weil von Wirtschaftsminister Bernd Althusmann.`,
    expect: {
      kind: 'visit_announcement', date: '2019-10-13', end_date: '2019-10-18', location: null, cities: ['Hefei', 'Lower Saxony', 'Shanghai'],
      participants: [P('Stephan Weil', 'governor', 'Lower Saxony', 'guest'), P('Bernd Althusmann', 'minister', 'Lower Saxony', 'guest')],
      topics: ['green_low_carbon', 'industrial_transformation', 'science_innovation'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-29', lang: 'en', published: '2024-09-13',
    text: `Mayor hosts Chinese delegation, pledges closer ties
Vancouver, September 13, 2024

Mayor Ken Sim received a delegation from Guangzhou at City Hall on Wednesday. The visitors were led by Vice Mayor Tang Hangqiao and included Li Ming, director of the Guangzhou Foreign Affairs Office. Councillor Lisa Dominato and Consul General of China in Vancouver Yang Shu also attended.

Sim said the two cities, twinned since 1985, could do more together on clean technology, tourism and student exchanges. Tang invited Sim to visit Guangzhou next year and proposed a direct cargo flight. Former mayor Gregor Robertson, who led a trade mission to Guangzhou in 2015, was not present.`,
    expect: {
      kind: 'meeting', date: '2024-09-11', end_date: null, location: 'Vancouver', cities: ['Guangzhou', 'Vancouver'],
      participants: [P('Ken Sim', 'mayor', 'Vancouver', 'host'), P('Tang Hangqiao', 'deputy_mayor', 'Guangzhou', 'guest'), P('Li Ming', 'official', 'Guangzhou', 'guest'), P('Lisa Dominato', 'legislator', 'Vancouver', 'host'), P('Yang Shu', 'consul_general', 'China', 'guest')],
      topics: ['education', 'science_innovation', 'ports_logistics', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-30', lang: 'en', published: '2019-10-11',
    text: `Shenzhen and Brisbane renew sister-city pact
BRISBANE, Oct. 10 -- Lord Mayor Adrian Schrinner welcomed Shenzhen Vice Mayor Wang Lixin to Brisbane City Hall on Thursday, where the two signed a renewed memorandum of understanding on cooperation. Under the memorandum the cities will work together on smart cities, biomedicine and education.

Schrinner said the relationship, which began in 1992, had brought many visitors to Brisbane. Also present was Queensland's Minister for Trade Cameron Dick.`,
    expect: {
      kind: 'meeting', date: '2019-10-10', end_date: null, location: 'Brisbane', cities: ['Brisbane', 'Shenzhen'],
      participants: [P('Adrian Schrinner', 'mayor', 'Brisbane', 'host'), P('Wang Lixin', 'deputy_mayor', 'Shenzhen', 'guest'), P('Cameron Dick', 'minister', 'Queensland', 'host')],
      topics: ['smart_city', 'health', 'education'], agreement_signed: true,
    },
  },

  // ================================================================== fifth batch: long English and German reports
  {
    id: 'm-en-31', lang: 'en', published: '2023-06-09',
    text: `Mayor receives Chinese Party secretary, eyes new flights
Frankfurt, June 9, 2023

Lord Mayor Mike Josef on Wednesday received Guangzhou's Communist Party chief Guo Yonghang and his delegation at the Römer, the city's historic town hall. Guo was accompanied by Guangzhou Vice Mayor Wang Yanshan and by Wang Weidong, China's Consul General in Frankfurt.

Josef said Frankfurt, as a financial centre and home to Europe's largest airport, wanted closer ties with the southern Chinese city, especially in financial services and air cargo. Guo invited Frankfurt's companies to invest in Guangzhou and proposed exchanges between the two cities' universities and hospitals.

The two cities signed a friendship agreement in 2019. Former lord mayor Peter Feldmann had visited Guangzhou in 2018.`,
    expect: {
      kind: 'meeting', date: '2023-06-07', end_date: null, location: 'Frankfurt', cities: ['Frankfurt', 'Guangzhou'],
      participants: [P('Mike Josef', 'mayor', 'Frankfurt', 'host'), P('Guo Yonghang', 'party_secretary', 'Guangzhou', 'guest'), P('Wang Yanshan', 'deputy_mayor', 'Guangzhou', 'guest'), P('Wang Weidong', 'consul_general', 'China', 'guest')],
      topics: ['health', 'education', 'economy_trade', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-32', lang: 'en', published: '2022-11-04',
    text: `Mayors from five continents meet in Hangzhou
HANGZHOU, Nov. 3 (Xinhua) -- The 2022 Hangzhou International Mayors' Forum opened on Thursday, with mayors and officials from Leeds, Fukui, Budapest, Nairobi and Porto Alegre attending in person or online. Liu Jie, secretary of the CPC Hangzhou Municipal Committee, and Yao Gaoyuan, mayor of Hangzhou, addressed the opening ceremony.

Delegates discussed the digital economy, green development and heritage protection. Lord Mayor of Leeds James Lewis spoke by video link.`,
    expect: {
      kind: 'forum', date: '2022-11-03', end_date: null, location: 'Hangzhou', cities: ['Budapest', 'Fukui', 'Hangzhou', 'Leeds', 'Nairobi', 'Porto Alegre'],
      participants: [P('Liu Jie', 'party_secretary', 'Hangzhou', 'host'), P('Yao Gaoyuan', 'mayor', 'Hangzhou', 'host'), P('James Lewis', 'mayor', 'Leeds', 'guest')],
      topics: ['digitalization', 'green_low_carbon', 'culture'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-33', lang: 'en', published: '2024-04-19',
    text: `Milwaukee, Chinese sister city sign education pact
Milwaukee, April 19, 2024

Mayor Cavalier Johnson and a delegation from Milwaukee's sister city Jinan signed a memorandum on student and teacher exchanges at City Hall on Tuesday. The Jinan delegation was led by Vice Mayor Sun Shuyi. Milwaukee Public Schools Superintendent Keith Posley joined the signing.`,
    expect: {
      kind: 'signing', date: '2024-04-16', end_date: null, location: 'Milwaukee', cities: ['Jinan', 'Milwaukee'],
      participants: [P('Cavalier Johnson', 'mayor', 'Milwaukee', 'host'), P('Sun Shuyi', 'deputy_mayor', 'Jinan', 'guest'), P('Keith Posley', 'official', 'Milwaukee', 'host')],
      topics: ['education'], agreement_signed: true,
    },
  },
  {
    id: 'm-en-34', lang: 'en', published: '2019-03-29',
    text: `Governor meets Japanese prefecture leader in Sacramento
Sacramento, March 29, 2019

California Governor Gavin Newsom met Shizuoka Governor Heita Kawakatsu in Sacramento on Monday. The two leaders reviewed 30 years of partnership between California and Shizuoka Prefecture and agreed to cooperate on earthquake preparedness and tea exports.`,
    expect: {
      kind: 'meeting', date: '2019-03-25', end_date: null, location: 'Sacramento', cities: ['California', 'Shizuoka Prefecture'],
      participants: [P('Gavin Newsom', 'governor', 'California', 'host'), P('Heita Kawakatsu', 'governor', 'Shizuoka Prefecture', 'guest')],
      topics: ['economy_trade'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-35', lang: 'en', published: '2021-09-24',
    text: `Shanghai's vice mayor holds talks with Rotterdam's port chief
SHANGHAI, Sept. 23 -- Shanghai Vice Mayor Zong Ming held talks with Allard Castelein, chief executive of the Port of Rotterdam, in Shanghai on Thursday. They discussed digital port technology, green shipping and ties between the two ports.`,
    expect: {
      kind: 'meeting', date: '2021-09-23', end_date: null, location: 'Shanghai', cities: ['Shanghai'],
      participants: [P('Zong Ming', 'deputy_mayor', 'Shanghai', 'host'), P('Allard Castelein', 'business', 'Port of Rotterdam', 'guest')],
      topics: ['digitalization', 'green_low_carbon', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-31', lang: 'de', published: '2023-06-09',
    text: `Oberbürgermeister empfängt Parteisekretär aus Hefei
Osnabrück, 09.06.2023

Oberbürgermeisterin Katharina Pötter hat am Dienstag den Parteisekretär der Stadt Hefei, Yu Aihua, im Friedenssaal des Rathauses empfangen. Yu wurde von einer zehnköpfigen Delegation begleitet, darunter Vizebürgermeister Luo Yunfeng.

Pötter betonte, Osnabrück wolle die Zusammenarbeit mit Hefei in der Hochschulbildung, bei erneuerbaren Energien und in der Gesundheitswirtschaft ausbauen. Yu lud die Oberbürgermeisterin zu einem Gegenbesuch ein. Die beiden Städte hatten 2015 eine Absichtserklärung unterzeichnet.

Anschließend besuchte die Delegation die Universität Osnabrück.`,
    expect: {
      kind: 'meeting', date: '2023-06-06', end_date: null, location: 'Osnabrück', cities: ['Hefei', 'Osnabrück'],
      participants: [P('Katharina Pötter', 'mayor', 'Osnabrück', 'host'), P('Yu Aihua', 'party_secretary', 'Hefei', 'guest'), P('Luo Yunfeng', 'deputy_mayor', 'Hefei', 'guest')],
      topics: ['health', 'education', 'energy'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-32', lang: 'de', published: '2022-11-04',
    text: `Städtetag der Partnerstädte in Wuppertal
Wuppertal, 04.11.2022

Zum ersten Partnerstädtetag sind am Donnerstag Vertreterinnen und Vertreter aus Košice, Matagalpa, South Tyneside und Beer Sheva nach Wuppertal gekommen. Oberbürgermeister Uwe Schneidewind begrüßte die Gäste in der Historischen Stadthalle. Auf der zweitägigen Konferenz geht es um Klimaanpassung, Jugendaustausch und Kultur. Zum Abschluss unterzeichneten die Städte eine gemeinsame Erklärung.`,
    expect: {
      kind: 'forum', date: '2022-11-03', end_date: '2022-11-04', location: 'Wuppertal', cities: ['Beersheba', 'Košice', 'Matagalpa', 'South Tyneside', 'Wuppertal'],
      participants: [P('Uwe Schneidewind', 'mayor', 'Wuppertal', 'host')],
      topics: ['green_low_carbon', 'culture', 'youth'], agreement_signed: true,
    },
  },
  {
    id: 'm-de-33', lang: 'de', published: '2018-08-31',
    text: `Besuch aus Tianjin im Hamburger Rathaus
Hamburg, 31.08.2018

Der Bürgermeister von Tianjin, Zhang Guoqing, ist am Mittwoch vom Ersten Bürgermeister Peter Tschentscher im Hamburger Rathaus empfangen worden. Im Anschluss trug sich Zhang in das Goldene Buch der Stadt ein. Themen des Gesprächs waren die Zusammenarbeit der Häfen, Fragen der Digitalisierung sowie der Austausch von Auszubildenden.`,
    expect: {
      kind: 'meeting', date: '2018-08-29', end_date: null, location: 'Hamburg', cities: ['Hamburg', 'Tianjin'],
      participants: [P('Zhang Guoqing', 'mayor', 'Tianjin', 'guest'), P('Peter Tschentscher', 'mayor', 'Hamburg', 'host')],
      topics: ['digitalization', 'education', 'ports_logistics'], agreement_signed: false,
    },
  },

  // ================================================================== sixth batch: narrative reports (quote headlines, appositions, embedded events)
  {
    id: 'm-de-34', lang: 'de', published: '2016-04-22',
    text: `„Wir wollen mehr Studierende nach Leipzig schicken“
Leipzig, 22.04.2016

Nanjing pflegt Beziehungen zu mehr als zwanzig Städten weltweit – Leipzig sei aber ein besonderer Partner. Das sagte Luo Qun, Vizebürgermeisterin der ostchinesischen Millionenstadt, als sie am Mittwoch, 20. April, mit einer achtköpfigen Delegation im Neuen Rathaus zu Gast war. Bürgermeister Ulrich Hörning begrüßte die Gäste in Vertretung des Oberbürgermeisters. Mit dabei war auch der frühere Oberbürgermeister Wolfgang Tiefensee.

Luo kündigte an, den Austausch zwischen den Hochschulen und die Zusammenarbeit in der Medizin zu vertiefen. Hörning verwies auf die Messen und die Musikstadt Leipzig.`,
    expect: {
      kind: 'meeting', date: '2016-04-20', end_date: null, location: 'Leipzig', cities: ['Leipzig', 'Nanjing'],
      participants: [P('Luo Qun', 'deputy_mayor', 'Nanjing', 'guest'), P('Ulrich Hörning', 'deputy_mayor', 'Leipzig', 'host'), P('Wolfgang Tiefensee', 'other', null, null)],
      topics: ['health', 'education'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-33', lang: 'zh', published: '2014-10-17',
    text: `杜伊斯堡市长林克在市政厅会见武汉市副市长
【侨报讯】2014年10月17日

两市将在明年共同举办友城结好三十周年庆祝活动——这是杜伊斯堡市市长林克10月15日在市政厅会见武汉市副市长刘英姿一行时宣布的。会见后，林克为客人举行了欢迎午宴。出席午宴的还有中国驻杜塞尔多夫总领事冯海阳和杜伊斯堡市副市长埃尔克；德国湖北同乡会会长王建国应邀到场。

林克表示，杜伊斯堡港是中欧班列在欧洲的重要枢纽，希望两市在物流、教育和文化领域深化合作。刘英姿表示，武汉愿与杜伊斯堡加强经贸往来。`,
    expect: {
      kind: 'meeting', date: '2014-10-15', end_date: null, location: 'Duisburg', cities: ['Duisburg', 'Wuhan'],
      participants: [P('林克', 'mayor', 'Duisburg', 'host'), P('刘英姿', 'deputy_mayor', 'Wuhan', 'guest'), P('冯海阳', 'consul_general', 'China', 'guest'), P('埃尔克', 'deputy_mayor', 'Duisburg', 'host'), P('王建国', 'other', '德国湖北同乡会', null)],
      topics: ['education', 'culture', 'economy_trade', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-36', lang: 'en', published: '2013-06-14',
    text: `"A bridge across the Pacific": Seattle welcomes Chongqing leaders
Seattle, June 14, 2013

Seattle and Chongqing have been sister cities for barely a decade, yet the ties already reach from aircraft parts to coffee. That was the message of Huang Qifan, mayor of the southwestern Chinese metropolis, when he called on Mayor Mike McGinn at City Hall on Tuesday with a delegation of 40 business leaders. Also present was Port of Seattle Commissioner Courtney Gregoire.

McGinn said the city hoped to attract Chinese investment and more Chinese tourists. Huang proposed direct flights and closer cooperation between the two cities' universities. Former governor Gary Locke, who had championed the partnership, sent a video greeting.`,
    expect: {
      kind: 'meeting', date: '2013-06-11', end_date: null, location: 'Seattle', cities: ['Chongqing', 'Seattle'],
      participants: [P('Huang Qifan', 'mayor', 'Chongqing', 'guest'), P('Mike McGinn', 'mayor', 'Seattle', 'host'), P('Courtney Gregoire', 'official', 'Seattle', 'host'), P('Gary Locke', 'other', null, null)],
      topics: ['education', 'economy_trade', 'ports_logistics', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-37', lang: 'en', published: '2017-11-24',
    text: `Glasgow makes its case in Chengdu
November 24, 2017

A city of shipyards turned into a city of science: that was how Glasgow's Lord Provost Eva Bolander presented her city in Chengdu on Wednesday, where she was received by Chengdu Mayor Luo Qiang. The two discussed links between universities, life sciences and tourism, and Luo invited Glasgow firms to the city's high-tech zone.

Bolander is on a five-day tour of China that also takes her to Beijing.`,
    expect: {
      kind: 'meeting', date: '2017-11-22', end_date: null, location: 'Chengdu', cities: ['Chengdu', 'Glasgow'],
      participants: [P('Eva Bolander', 'mayor', 'Glasgow', 'guest'), P('Luo Qiang', 'mayor', 'Chengdu', 'host')],
      topics: ['education', 'science_innovation', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-34', lang: 'zh', published: '2015-05-08',
    text: `市长率团访问法国波尔多 两市签署经贸合作备忘录
5月6日，应波尔多市市长阿兰·朱佩邀请，武汉市市长万勇率武汉市政府代表团访问波尔多。朱佩在市政厅会见了代表团一行，双方就葡萄酒贸易、航空和教育合作进行了会谈，并共同签署了两市经贸合作备忘录。中国驻法国大使翟隽出席签字仪式。`,
    expect: {
      kind: 'meeting', date: '2015-05-06', end_date: null, location: 'Bordeaux', cities: ['Bordeaux', 'Wuhan'],
      participants: [P('阿兰·朱佩', 'mayor', 'Bordeaux', 'host'), P('万勇', 'mayor', 'Wuhan', 'guest'), P('翟隽', 'ambassador', 'China', 'guest')],
      topics: ['industrial_transformation', 'education', 'economy_trade'], agreement_signed: true,
    },
  },
  {
    id: 'm-de-35', lang: 'de', published: '2012-09-21',
    text: `Ein Stück Shandong in München
München, 21.09.2012

Mit einem Oktoberfest-Empfang für Gäste aus der Partnerprovinz Shandong hat Ministerpräsident Horst Seehofer am Dienstag in der Staatskanzlei an 25 Jahre Zusammenarbeit erinnert. Angeführt wurde die Delegation von Shandongs Gouverneur Jiang Daming. Seehofer und Jiang sprachen über Maschinenbau, erneuerbare Energien und die Ausbildung junger Fachkräfte. Begleitet wurde Jiang vom chinesischen Generalkonsul in München, Ma Jinsheng.`,
    expect: {
      kind: 'meeting', date: '2012-09-18', end_date: null, location: 'Munich', cities: ['Bavaria', 'Shandong'],
      participants: [P('Horst Seehofer', 'governor', 'Bavaria', 'host'), P('Jiang Daming', 'governor', 'Shandong', 'guest'), P('Ma Jinsheng', 'consul_general', 'China', 'guest')],
      topics: ['industrial_transformation', 'education', 'energy'], agreement_signed: false,
    },
  },

  // ================================================================== seventh batch: kinds and venues
  {
    id: 'm-de-36', lang: 'de', published: '2023-10-27',
    text: `40 Jahre Partnerschaft: Festakt mit Gästen aus Kyoto
Köln, 27.10.2023

Mit einem Festakt im Gürzenich haben Köln und Kyoto am Mittwoch das 40-jährige Bestehen ihrer Städtepartnerschaft gefeiert. Oberbürgermeisterin Henriette Reker begrüßte dazu den Bürgermeister von Kyoto, Daisaku Kadokawa, und eine Delegation aus der japanischen Partnerstadt. Reker und Kadokawa würdigten den Austausch von Schülern und Künstlern.`,
    expect: {
      kind: 'forum', date: '2023-10-25', end_date: null, location: 'Cologne', cities: ['Cologne', 'Kyoto'],
      participants: [P('Henriette Reker', 'mayor', 'Cologne', 'host'), P('Daisaku Kadokawa', 'mayor', 'Kyoto', 'guest')],
      topics: ['culture', 'education'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-38', lang: 'en', published: '2022-04-08',
    text: `Mayors exchange letters on 35th anniversary
Edinburgh, April 8, 2022

Lord Provost Frank Ross and Xi'an Mayor Li Mingyuan have exchanged letters marking 35 years of friendship between the two cities. In his letter, Ross praised exchanges between schools and museums and looked forward to meeting again once travel resumes.`,
    expect: { ...NONE },
  },
  {
    id: 'm-zh-35', lang: 'zh', published: '2024-12-06',
    text: `市领导出席中德友城合作交流会
12月4日，2024中德友好城市合作交流会在合肥举行。来自德国奥斯纳布吕克、卡塞尔、纽伦堡和国内十余个城市的代表参加交流会。合肥市委书记虞爱华、市长罗云峰出席开幕式并致辞。与会代表围绕新能源汽车、职业教育和人文交流展开讨论。`,
    expect: {
      kind: 'forum', date: '2024-12-04', end_date: null, location: 'Hefei', cities: ['Hefei', 'Kassel', 'Nuremberg', 'Osnabrück'],
      participants: [P('虞爱华', 'party_secretary', 'Hefei', 'host'), P('罗云峰', 'mayor', 'Hefei', 'host')],
      topics: ['industrial_transformation', 'education', 'people_to_people'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-39', lang: 'en', published: '2019-05-31',
    text: `Perth and Chengdu ink sister-state agreement
PERTH, May 30 -- Western Australia and Sichuan Province signed a cooperation agreement at a ceremony in Perth on Thursday. Western Australian Premier Mark McGowan and Sichuan Governor Yin Li signed the document, which covers mining technology, agriculture and education.`,
    expect: {
      kind: 'signing', date: '2019-05-30', end_date: null, location: 'Perth', cities: ['Sichuan', 'Western Australia'],
      participants: [P('Mark McGowan', 'governor', 'Western Australia', 'host'), P('Yin Li', 'governor', 'Sichuan', 'guest')],
      topics: ['education', 'science_innovation'], agreement_signed: true,
    },
  },

  // ================================================================== eighth batch: long narrative reports
  {
    id: 'm-zh-36', lang: 'zh', published: '2019-11-15',
    text: `汉诺威市长在新市政厅欢迎青岛市代表团
【欧洲时报】2019年11月15日

汉诺威明年将派出一个由企业家组成的代表团访问青岛——这是汉诺威市市长贝利特·奥奈11月13日在新市政厅欢迎青岛市副市长栾新一行时宣布的消息。双方首先举行了工作会谈，随后奥奈设午宴招待客人。中国驻汉堡总领事杜小丛、汉诺威市副市长托马斯·赫尔曼出席午宴；德国下萨克森华人协会会长李伟应邀到场。

奥奈表示，汉诺威作为会展之城，希望与青岛在会展经济、职业教育和青少年交流方面加强合作。栾新介绍了青岛建设国际航运中心的情况，欢迎汉诺威企业到青岛投资。`,
    expect: {
      kind: 'meeting', date: '2019-11-13', end_date: null, location: 'Hanover', cities: ['Hanover', 'Qingdao'],
      participants: [P('贝利特·奥奈', 'mayor', 'Hanover', 'host'), P('栾新', 'deputy_mayor', 'Qingdao', 'guest'), P('杜小丛', 'consul_general', 'China', 'guest'), P('托马斯·赫尔曼', 'deputy_mayor', 'Hanover', 'host'), P('李伟', 'other', '德国下萨克森华人协会', null)],
      topics: ['education', 'youth', 'economy_trade'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-37', lang: 'de', published: '2017-03-24',
    text: `„Nürnberg ist unser Tor nach Bayern“
Nürnberg, 24.03.2017

Shenzhen unterhält Beziehungen zu mehr als zwanzig Partnerstädten – doch keine sei so lebendig wie die zu Nürnberg. Das sagte Chen Biao, Vizebürgermeister der südchinesischen Technologiemetropole, als er am Dienstag, 21. März, mit einer neunköpfigen Delegation im Rathaus zu Gast war. Oberbürgermeister Ulrich Maly empfing die Gäste im Schönen Saal. Mit dabei waren der chinesische Generalkonsul in München, Mao Jingqiu, sowie die frühere Bürgermeisterin Helene Jungkunz.

Chen regte an, die Zusammenarbeit in der Medizintechnik und bei Start-ups auszubauen. Maly erinnerte an die Spielwarenmesse, die jedes Jahr Aussteller aus Shenzhen anzieht.`,
    expect: {
      kind: 'meeting', date: '2017-03-21', end_date: null, location: 'Nuremberg', cities: ['Nuremberg', 'Shenzhen'],
      participants: [P('Chen Biao', 'deputy_mayor', 'Shenzhen', 'guest'), P('Ulrich Maly', 'mayor', 'Nuremberg', 'host'), P('Mao Jingqiu', 'consul_general', 'China', 'guest'), P('Helene Jungkunz', 'other', null, null)],
      topics: ['health'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-40', lang: 'en', published: '2021-05-14',
    text: `Mayors look past the pandemic
May 14, 2021

How port cities can recover from the pandemic was the theme of an online meeting of the Northern Sister Ports Network held on Wednesday and hosted by Gothenburg. Mayors and deputy mayors from Gothenburg, Shanghai, Aarhus and Gdańsk took part by video.

Gothenburg's mayor Axel Josefson opened the session. Shanghai Vice Mayor Zong Ming spoke about the reopening of the port and called for cooperation in green shipping and digital logistics. The session was moderated by Anna Berg, director of the Nordic Institute for Port Studies.`,
    expect: {
      kind: 'forum', date: '2021-05-12', end_date: null, location: null, cities: ['Aarhus', 'Gdańsk', 'Gothenburg', 'Shanghai'],
      participants: [P('Axel Josefson', 'mayor', 'Gothenburg', 'host'), P('Zong Ming', 'deputy_mayor', 'Shanghai', 'guest'), P('Anna Berg', 'academic', 'Nordic Institute for Port Studies', null)],
      topics: ['digitalization', 'green_low_carbon', 'ports_logistics'], agreement_signed: false,
    },
  },

  // ================================================================== ninth batch: long English reports
  {
    id: 'm-en-41', lang: 'en', published: '2018-03-16',
    text: `Tianjin's top official calls on Melbourne
Melbourne, March 16, 2018

Li Hongzhong, Party Secretary of Tianjin, paid a courtesy call on Lord Mayor Robert Doyle at Melbourne Town Hall on Wednesday, the first visit by a Tianjin Party chief in almost a decade. He was accompanied by Tianjin Vice Mayor Zhao Haishan and Long Zhou, China's Consul General in Melbourne.

Doyle said the sister-city relationship, which dates back to 1980, had grown from cultural exchanges into trade and education links. Li said Tianjin wanted to learn from Melbourne in urban planning and invited Melbourne's universities to open campuses in the city. Victorian Premier Daniel Andrews, who had visited Tianjin in 2016, met Li separately the next day.`,
    expect: {
      kind: 'meeting', date: '2018-03-14', end_date: null, location: 'Melbourne', cities: ['Melbourne', 'Tianjin'],
      participants: [P('Li Hongzhong', 'party_secretary', 'Tianjin', 'guest'), P('Robert Doyle', 'mayor', 'Melbourne', 'host'), P('Zhao Haishan', 'deputy_mayor', 'Tianjin', 'guest'), P('Long Zhou', 'consul_general', 'China', 'guest')],
      topics: ['urban_governance', 'culture', 'economy_trade', 'education'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-42', lang: 'en', published: '2023-09-15',
    text: `Chinese envoy tours Rotterdam port with mayor
Rotterdam, September 15, 2023

China's Ambassador to the Netherlands, Tan Jian, met Rotterdam Mayor Ahmed Aboutaleb at City Hall on Tuesday and later toured the port. The ambassador and the mayor discussed shipping, hydrogen imports and exchanges between students. Aboutaleb recalled his own visit to Shanghai in 2018.`,
    expect: {
      kind: 'meeting', date: '2023-09-12', end_date: null, location: 'Rotterdam', cities: ['China', 'Rotterdam'],
      participants: [P('Tan Jian', 'ambassador', 'China', 'guest'), P('Ahmed Aboutaleb', 'mayor', 'Rotterdam', 'host')],
      topics: ['education', 'economy_trade', 'energy', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 'm-en-43', lang: 'en', published: '2016-10-07',
    text: `Why Denver's sister-city program still matters
October 7, 2016

When Denver signed its first sister-city agreement with Takayama in 1960, few residents could find the Japanese town on a map. Today the program links Denver with ten cities, including Kunming, and runs exchanges for students, artists and police officers. Former mayor Federico Peña calls it "diplomacy at the level of people".`,
    expect: { ...NONE },
  },
  {
    id: 'm-en-44', lang: 'en', published: '2024-01-26',
    text: `Delegation from Guangdong visits Ohio
Columbus, January 26, 2024

A delegation from China's Guangdong Province led by Vice Governor Zhang Guozhi visited Columbus on Monday and Tuesday and met Ohio Lieutenant Governor Jon Husted at the Statehouse. The two sides discussed auto parts, agricultural trade and exchanges between universities. Ohio and Guangdong have been sister states since 1986.`,
    expect: {
      kind: 'meeting', date: '2024-01-22', end_date: '2024-01-23', location: 'Columbus', cities: ['Guangdong', 'Ohio'],
      participants: [P('Zhang Guozhi', 'official', 'Guangdong', 'guest'), P('Jon Husted', 'official', 'Ohio', 'host')],
      topics: ['industrial_transformation', 'education', 'economy_trade'], agreement_signed: false,
    },
  },

  // ================================================================== tenth batch
  {
    id: 'm-zh-37', lang: 'zh', published: '2022-07-15',
    text: `龚正会见芬兰埃斯波市市长
7月13日下午，上海市市长龚正在上海会见了芬兰埃斯波市市长尤卡·马基拉一行。芬兰驻上海总领事马丁参加会见。
龚正表示，上海与埃斯波结为友好城市以来，两市在科技创新、教育等领域合作富有成效。希望双方以清洁能源和智慧城市建设为重点，推动务实合作。马基拉表示，埃斯波愿与上海加强在数字化和青年创业方面的交流。`,
    expect: {
      kind: 'meeting', date: '2022-07-13', end_date: null, location: 'Shanghai', cities: ['Espoo', 'Shanghai'],
      participants: [P('龚正', 'mayor', 'Shanghai', 'host'), P('尤卡·马基拉', 'mayor', 'Espoo', 'guest'), P('马丁', 'consul_general', 'Finland', 'guest')],
      topics: ['digitalization', 'smart_city', 'education', 'youth', 'science_innovation', 'energy'], agreement_signed: false,
    },
  },
  {
    id: 'm-zh-38', lang: 'zh', published: '2020-12-11',
    text: `我市与德国不来梅市举行线上交流会
12月9日，我市与德国不来梅市以视频连线方式举行友城线上交流会。宁波市副市长李关定与不来梅市长安德烈亚斯·博文施尔特分别致辞，双方就港口物流、职业教育和疫情防控经验进行了交流。`,
    expect: {
      kind: 'video_call', date: '2020-12-09', end_date: null, location: null, cities: ['Bremen', 'Ningbo'],
      participants: [P('李关定', 'deputy_mayor', 'Ningbo', null), P('安德烈亚斯·博文施尔特', 'mayor', 'Bremen', null)],
      topics: ['education', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 'm-de-38', lang: 'de', published: '2018-06-22',
    text: `Oberbürgermeister reist zur Städtepartnerschaftskonferenz nach Wuhan
Duisburg, 22.06.2018

Oberbürgermeister Sören Link reist am kommenden Montag nach Wuhan. Dort nimmt er vom 26. bis 28. Juni an einer Konferenz der Partnerstädte teil und trifft Wuhans Bürgermeister Zhou Xianwang. Themen sind der Schienengüterverkehr und die Berufsausbildung.`,
    expect: {
      kind: 'visit_announcement', date: '2018-06-25', end_date: null, location: 'Wuhan', cities: ['Duisburg', 'Wuhan'],
      participants: [P('Sören Link', 'mayor', 'Duisburg', 'guest'), P('Zhou Xianwang', 'mayor', 'Wuhan', 'host')],
      topics: ['education', 'ports_logistics'], agreement_signed: false,
    },
  },
];
