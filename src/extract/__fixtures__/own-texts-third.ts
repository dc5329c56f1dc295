// Third batch of texts written for this project's tests (not taken from any evaluation set). Styles not
// covered by the first two batches: long narrative Rathaus reports with the event mid-sentence and many
// attendees, Land and state premiers, consuls receiving at their consulate, delegation lists, forums with
// several cities and national guests, video calls with several people on each side, announcements with
// several stops, reports from the partner city's perspective, Chinese 会见/会谈/出席/拜会 reports and
// English council news. Expected values follow ../../../../shared/eval/GUIDE.md. Names are plausible
// examples; many are invented. Every case gives the complete contract: the test compares all fields exactly.
import type { OwnCase } from './own-texts.ts';

type Full = OwnCase & { expect: Required<Pick<OwnCase['expect'], 'kind' | 'date' | 'end_date' | 'location' | 'cities' | 'participants' | 'topics' | 'agreement_signed'>> };

const P = (name: string, role: string, of: string | null, side: 'host' | 'guest' | null) => ({ name, role, of, side }) as Full['expect']['participants'][number];
const NONE: Full['expect'] = { kind: 'none', date: null, end_date: null, location: null, cities: [], participants: [], topics: [], agreement_signed: false };

export const THIRD_CASES: Full[] = [
  // ================================================================== German
  {
    id: 't-de-01', lang: 'de', published: '2023-06-14',
    text: `Goldenes Buch: Delegation aus Chengdu im Alten Rathaus
Bonn, 14.06.2023

Seit mehr als zwei Jahrzehnten verbindet Bonn und Chengdu eine Projektpartnerschaft, und wie lebendig sie ist, zeigte sich am Dienstag im Alten Rathaus: Oberbürgermeisterin Katja Dörner empfing dort eine zwölfköpfige Delegation aus der westchinesischen Metropole, angeführt von Vizebürgermeister Liu Xiaoming. Begleitet wurden die Gäste von der chinesischen Generalkonsulin in Düsseldorf, Feng Yaling.

Im Gespräch ging es um die Zusammenarbeit in der Abfallwirtschaft und in der dualen Ausbildung. Liu lud die Oberbürgermeisterin ein, im kommenden Jahr nach Chengdu zu reisen. An dem Treffen nahmen auch Bürgermeisterin Ursula Sautter und Stadtdirektor Wolfgang Fuchs teil. Unter den Gästen war zudem Altoberbürgermeisterin Bärbel Dieckmann, die die Partnerschaft einst mit angestoßen hatte.`,
    expect: {
      kind: 'meeting', date: '2023-06-13', end_date: null, location: 'Bonn', cities: ['Bonn', 'Chengdu'],
      participants: [P('Katja Dörner', 'mayor', 'Bonn', 'host'), P('Liu Xiaoming', 'deputy_mayor', 'Chengdu', 'guest'), P('Feng Yaling', 'consul_general', 'China', 'guest'),
        P('Ursula Sautter', 'deputy_mayor', 'Bonn', 'host'), P('Wolfgang Fuchs', 'official', 'Bonn', 'host'), P('Bärbel Dieckmann', 'other', null, null)],
      topics: ['education', 'environment'], agreement_signed: false,
    },
  },
  {
    id: 't-de-02', lang: 'de', published: '2022-11-18',
    text: `Ministerpräsident empfängt Gouverneur aus Shandong
Düsseldorf, 18. November 2022

Ministerpräsident Hendrik Wüst hat am Donnerstag in der Staatskanzlei den Gouverneur der chinesischen Provinz Shandong, Zhou Naixiang, zu einem Gespräch empfangen. Nordrhein-Westfalen und Shandong sind seit 1984 Partnerregionen. Wüst und Zhou vereinbarten, die Zusammenarbeit beim Wasserstoff, in der Medizintechnik und zwischen den Hochschulen auszubauen.

An dem Gespräch nahm auch Europaminister Nathanael Liminski teil. Die Delegation aus Shandong wurde vom chinesischen Generalkonsul in Düsseldorf, Du Jian, begleitet.`,
    expect: {
      kind: 'meeting', date: '2022-11-17', end_date: null, location: 'Düsseldorf', cities: ['North Rhine-Westphalia', 'Shandong'],
      participants: [P('Hendrik Wüst', 'governor', 'North Rhine-Westphalia', 'host'), P('Zhou Naixiang', 'governor', 'Shandong', 'guest'),
        P('Nathanael Liminski', 'minister', 'North Rhine-Westphalia', 'host'), P('Du Jian', 'consul_general', 'China', 'guest')],
      topics: ['health', 'education', 'energy'], agreement_signed: false,
    },
  },
  {
    id: 't-de-03', lang: 'de', published: '2021-03-26',
    text: `Per Video nach Wuhan: Oberbürgermeister spricht mit Amtskollegen
Duisburg, 26.03.2021

Ein Jahr nach dem Ausbruch der Pandemie haben Oberbürgermeister Sören Link und der Bürgermeister von Wuhan, Cheng Yongwen, am Donnerstag in einer Videokonferenz über die Lage in beiden Städten gesprochen. Link dankte für die Schutzmasken, die Wuhan im vergangenen Frühjahr geschickt hatte. Beide Seiten wollen den Austausch in der Medizin und im Schienengüterverkehr wieder intensivieren.

Von Duisburger Seite nahm auch Beigeordneter Martin Murrack teil, aus Wuhan war der Leiter des Außenamtes, Wang Zhiyong, zugeschaltet.`,
    expect: {
      kind: 'video_call', date: '2021-03-25', end_date: null, location: null, cities: ['Duisburg', 'Wuhan'],
      participants: [P('Sören Link', 'mayor', 'Duisburg', null), P('Cheng Yongwen', 'mayor', 'Wuhan', null), P('Martin Murrack', 'official', 'Duisburg', null), P('Wang Zhiyong', 'official', 'Wuhan', null)],
      topics: ['health', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 't-de-04', lang: 'de', published: '2024-05-08',
    text: `Oberbürgermeister reist nach Japan und Südkorea
Karlsruhe, 08.05.2024

Oberbürgermeister Frank Mentrup wird vom 20. bis 26. Mai mit einer Delegation aus Wirtschaft und Wissenschaft nach Asien reisen. Erste Station ist Kyoto, wo Mentrup mit Bürgermeister Koji Matsui zusammentreffen wird. Anschließend reist die Delegation nach Busan weiter.

Im Mittelpunkt der Reise stehen Gespräche über Wasserstofftechnologien und den Austausch von Studierenden.`,
    expect: {
      kind: 'visit_announcement', date: '2024-05-20', end_date: '2024-05-26', location: null, cities: ['Busan', 'Karlsruhe', 'Kyoto'],
      participants: [P('Frank Mentrup', 'mayor', 'Karlsruhe', 'guest'), P('Koji Matsui', 'mayor', 'Kyoto', 'host')],
      topics: ['education', 'energy'], agreement_signed: false,
    },
  },
  {
    id: 't-de-05', lang: 'de', published: '2019-09-13',
    text: `Städte aus China und Deutschland beraten in Leipzig über Klimaschutz
Leipzig, 13.09.2019

Zur 6. Deutsch-Chinesischen Städtekonferenz sind am Donnerstag rund 300 Teilnehmer in Leipzig zusammengekommen. Oberbürgermeister Burkhard Jung eröffnete die zweitägige Konferenz im Congress Center und begrüßte Delegationen aus Nanjing, Wuhan, Hefei und Chengdu sowie aus Hannover und Dresden. Ein Grußwort sprach der chinesische Botschafter Zhang Jianmin.

Für die chinesischen Gäste sprach Nanjings Vizebürgermeisterin Hu Wanjin. Themen waren Klimaschutz, urbane Mobilität und die Digitalisierung der Verwaltung.`,
    expect: {
      kind: 'forum', date: '2019-09-12', end_date: '2019-09-13', location: 'Leipzig', cities: ['Chengdu', 'Dresden', 'Hanover', 'Hefei', 'Leipzig', 'Nanjing', 'Wuhan'],
      participants: [P('Burkhard Jung', 'mayor', 'Leipzig', 'host'), P('Zhang Jianmin', 'ambassador', 'China', null), P('Hu Wanjin', 'deputy_mayor', 'Nanjing', 'guest')],
      topics: ['digitalization', 'green_low_carbon', 'urban_governance'], agreement_signed: false,
    },
  },
  {
    id: 't-de-06', lang: 'de', published: '2023-04-27',
    text: `Kiel und Qingdao wollen Meeresforschung gemeinsam voranbringen
Kiel, 27.04.2023

Oberbürgermeister Ulf Kämpfer ist am Mittwoch in Kiels Partnerstadt Qingdao vom Parteisekretär der Stadt, Lu Zhiyuan, zu einem Gespräch empfangen worden. Kämpfer leitet eine Delegation aus Verwaltung, Hochschulen und Wirtschaft, die noch bis Samstag in China unterwegs ist. Lu und Kämpfer vereinbarten, die Zusammenarbeit in der Meeresforschung und bei den Häfen zu vertiefen.

Am Gespräch nahmen auch Qingdaos Vizebürgermeister Geng Tao und der deutsche Generalkonsul in Shanghai, Pit Heltmann, teil. Zur Kieler Delegation gehört auch Ratsherr Max Dregelies.`,
    expect: {
      kind: 'meeting', date: '2023-04-26', end_date: null, location: 'Qingdao', cities: ['Kiel', 'Qingdao'],
      participants: [P('Ulf Kämpfer', 'mayor', 'Kiel', 'guest'), P('Lu Zhiyuan', 'party_secretary', 'Qingdao', 'host'), P('Geng Tao', 'deputy_mayor', 'Qingdao', 'host'),
        P('Pit Heltmann', 'consul_general', 'Germany', 'guest'), P('Max Dregelies', 'legislator', 'Kiel', 'guest')],
      topics: ['science_innovation', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 't-de-07', lang: 'de', published: '2022-06-02',
    text: `Nürnbergs Oberbürgermeister im Generalkonsulat
Nürnberg, 02.06.2022

Die Generalkonsulin der Volksrepublik China in München, Wang Hui, hat am Mittwoch Oberbürgermeister Marcus König im Generalkonsulat empfangen. Anlass war das 25-jährige Bestehen der Partnerschaft zwischen Nürnberg und Shenzhen. Wang würdigte die Zusammenarbeit im Handel und in der Berufsbildung. König sagte, die Stadt wolle den Jugendaustausch mit China nach der Pandemie wieder aufnehmen.`,
    expect: {
      kind: 'meeting', date: '2022-06-01', end_date: null, location: 'Munich', cities: ['China', 'Nuremberg'],
      participants: [P('Wang Hui', 'consul_general', 'China', 'host'), P('Marcus König', 'mayor', 'Nuremberg', 'guest')],
      topics: ['education', 'youth', 'economy_trade'], agreement_signed: false,
    },
  },
  {
    id: 't-de-08', lang: 'de', published: '2023-09-15',
    text: `Erfurt und Haikou besiegeln Partnerschaft
Erfurt, 15.09.2023

Im Festsaal des Rathauses haben Oberbürgermeister Andreas Bausewein und der Bürgermeister von Haikou, Ding Hui, am Donnerstag die Urkunde über die Städtepartnerschaft unterzeichnet. Zur Zeremonie waren rund 80 Gäste gekommen, darunter Thüringens Wirtschaftsminister Wolfgang Tiefensee. Die Partnerschaft soll vor allem den Tourismus und den Austausch von Schülern fördern.`,
    expect: {
      kind: 'signing', date: '2023-09-14', end_date: null, location: 'Erfurt', cities: ['Erfurt', 'Haikou'],
      participants: [P('Andreas Bausewein', 'mayor', 'Erfurt', 'host'), P('Ding Hui', 'mayor', 'Haikou', 'guest'), P('Wolfgang Tiefensee', 'minister', 'Thuringia', 'host')],
      topics: ['education', 'tourism'], agreement_signed: true,
    },
  },
  {
    id: 't-de-09', lang: 'de', published: '2024-02-29',
    text: `Zwischen Rhein und Jangtse: Zehn Jahre Schüleraustausch
Bonn, 29.02.2024

Wenn Lena und Jonas im Frühjahr nach Chengdu fliegen, setzen sie eine Tradition fort: Seit zehn Jahren schickt das Beethoven-Gymnasium jedes Jahr eine Gruppe von Schülerinnen und Schülern in die chinesische Partnerstadt. Angestoßen hatte den Austausch 2014 die damalige Ratsfrau und heutige Oberbürgermeisterin Katja Dörner. „Wer einmal dort war, sieht China mit anderen Augen“, sagt Schulleiterin Petra Neumann. In diesem Jahr kommen erstmals auch Lehrkräfte aus Chengdu für zwei Wochen an den Rhein.`,
    expect: NONE,
  },
  {
    id: 't-de-10', lang: 'de', published: '2019-09-12',
    text: `Chinas Vizepremier besucht Hamburger Hafen
Hamburg, 12.09.2019

Chinas Vizepremier Hu Chunhua hat am Mittwoch den Hamburger Hafen besichtigt und ist anschließend im Rathaus von Erstem Bürgermeister Peter Tschentscher empfangen worden. Gesprochen wurde über die Zusammenarbeit der Häfen, Wasserstoff und neue Bahnverbindungen nach China. An dem Gespräch nahmen auch Wirtschaftssenator Michael Westhagemann und der chinesische Botschafter Shi Mingde teil.`,
    expect: {
      kind: 'meeting', date: '2019-09-11', end_date: null, location: 'Hamburg', cities: ['China', 'Hamburg'],
      participants: [P('Hu Chunhua', 'minister', 'China', 'guest'), P('Peter Tschentscher', 'mayor', 'Hamburg', 'host'),
        P('Michael Westhagemann', 'official', 'Hamburg', 'host'), P('Shi Mingde', 'ambassador', 'China', 'guest')],
      topics: ['energy', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 't-de-11', lang: 'de', published: '2023-06-14',
    text: `Landtagspräsidentin empfängt Abgeordnete aus Sichuan
München, 14.06.2023

Landtagspräsidentin Ilse Aigner hat am Dienstag im Maximilianeum eine Delegation des Volkskongresses der Provinz Sichuan empfangen. Angeführt wurde die Gruppe vom stellvertretenden Vorsitzenden des Ständigen Ausschusses, Li Jian. Bayern und Sichuan sind seit 2015 Partnerregionen. Aigner und Li sprachen über den Umweltschutz und den Kulturaustausch.`,
    expect: {
      kind: 'meeting', date: '2023-06-13', end_date: null, location: 'Munich', cities: ['Bavaria', 'Sichuan'],
      participants: [P('Ilse Aigner', 'legislator', 'Bavaria', 'host'), P('Li Jian', 'legislator', 'Sichuan', 'guest')],
      topics: ['culture', 'environment'], agreement_signed: false,
    },
  },
  // ================================================================== English
  {
    id: 't-en-01', lang: 'en', published: '2023-10-20',
    text: `Lord Mayor welcomes Hangzhou delegation to Civic Hall
Leeds City Council news, 20 October 2023

The Lord Mayor of Leeds, Councillor Al Garthwaite, yesterday welcomed a delegation from Hangzhou, led by the city's vice mayor, Hu Wei, to the Civic Hall. The visitors were also greeted by council leader James Lewis and the council's chief executive, Tom Riordan.

Discussions focused on digital health, university partnerships and sport. Leeds and Hangzhou have been twinned since 1988.`,
    expect: {
      kind: 'meeting', date: '2023-10-19', end_date: null, location: 'Leeds', cities: ['Hangzhou', 'Leeds'],
      participants: [P('Al Garthwaite', 'mayor', 'Leeds', 'host'), P('Hu Wei', 'deputy_mayor', 'Hangzhou', 'guest'), P('James Lewis', 'legislator', 'Leeds', 'host'), P('Tom Riordan', 'official', 'Leeds', 'host')],
      topics: ['digitalization', 'health', 'education', 'sports'], agreement_signed: false,
    },
  },
  {
    id: 't-en-02', lang: 'en', published: '2024-05-08',
    text: `Mayor hosts Chinese Consul General at City Hall
HOUSTON, May 8, 2024 -- Mayor John Whitmire on Tuesday hosted Chinese Consul General Wang Yongzhe at City Hall for a courtesy call. The two discussed cooperation in energy, shipping and health care, and Whitmire said Houston wanted more direct flights to China. Council Member Abbie Kamin also joined the meeting.`,
    expect: {
      kind: 'meeting', date: '2024-05-07', end_date: null, location: 'Houston', cities: ['China', 'Houston'],
      participants: [P('John Whitmire', 'mayor', 'Houston', 'host'), P('Wang Yongzhe', 'consul_general', 'China', 'guest'), P('Abbie Kamin', 'legislator', 'Houston', 'host')],
      topics: ['health', 'energy', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 't-en-03', lang: 'en', published: '2021-03-26',
    text: `Auckland and Guangzhou mayors meet by video
Auckland Council, 26 March 2021

Mayor Phil Goff held a video call with the Mayor of Guangzhou, Guo Yonghang, on Thursday to mark 32 years of the sister city relationship. The mayors agreed to resume exchanges in education, tourism and trade once borders reopen. Councillor Richard Hills also joined the call.`,
    expect: {
      kind: 'video_call', date: '2021-03-25', end_date: null, location: null, cities: ['Auckland', 'Guangzhou'],
      participants: [P('Phil Goff', 'mayor', 'Auckland', null), P('Guo Yonghang', 'mayor', 'Guangzhou', null), P('Richard Hills', 'legislator', 'Auckland', null)],
      topics: ['education', 'economy_trade', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 't-en-04', lang: 'en', published: '2023-09-15',
    text: `Mayors from Pacific cities gather in Seattle for climate summit
Seattle, September 15, 2023

More than 20 mayors and deputy mayors met in Seattle on Thursday for the two-day Pacific Cities Climate Summit, hosted by the City of Seattle. Mayor Bruce Harrell welcomed delegations from Kobe, Chongqing, Daejeon and Kaohsiung. Daejeon Mayor Lee Jang-woo spoke for the Korean delegation, and U.S. Ambassador to Japan Rahm Emanuel sent a video message.

Sessions covered climate action, clean energy and port cooperation.`,
    expect: {
      kind: 'forum', date: '2023-09-14', end_date: '2023-09-15', location: 'Seattle', cities: ['Chongqing', 'Daejeon', 'Kaohsiung', 'Kobe', 'Seattle'],
      participants: [P('Bruce Harrell', 'mayor', 'Seattle', 'host'), P('Lee Jang-woo', 'mayor', 'Daejeon', 'guest'), P('Rahm Emanuel', 'ambassador', 'United States', null)],
      topics: ['green_low_carbon', 'energy', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 't-en-05', lang: 'en', published: '2023-04-28',
    text: `Nanjing Party chief meets visiting Leipzig mayor
Nanjing, April 28, 2023

Han Liming, Party secretary of Nanjing, met Burkhard Jung, mayor of Leipzig, and his delegation in Nanjing on Thursday. Han said Nanjing and Leipzig, sister cities for more than three decades, should deepen cooperation in advanced manufacturing, biomedicine and vocational education. Jung said Leipzig hoped to attract more Chinese investment.

Vice Mayor Hu Wanjin and Wu Jun, director of the Nanjing Foreign Affairs Office, were present.`,
    expect: {
      kind: 'meeting', date: '2023-04-27', end_date: null, location: 'Nanjing', cities: ['Leipzig', 'Nanjing'],
      participants: [P('Han Liming', 'party_secretary', 'Nanjing', 'host'), P('Burkhard Jung', 'mayor', 'Leipzig', 'guest'), P('Hu Wanjin', 'deputy_mayor', 'Nanjing', 'host'), P('Wu Jun', 'official', 'Nanjing', 'host')],
      topics: ['industrial_transformation', 'health', 'education', 'economy_trade'], agreement_signed: false,
    },
  },
  {
    id: 't-en-06', lang: 'en', published: '2024-02-29',
    text: `Lord Mayor to lead trade mission to Japan
Brisbane, February 29, 2024

Lord Mayor Adrian Schrinner will lead a delegation to Japan from March 4 to 8, with stops in Kobe and Osaka. In Kobe he is scheduled to meet Mayor Kizo Hisamoto to mark 40 years of the sister city relationship. The mission will focus on hydrogen and the 2032 Olympic Games.`,
    expect: {
      kind: 'visit_announcement', date: '2024-03-04', end_date: '2024-03-08', location: null, cities: ['Brisbane', 'Kobe', 'Osaka'],
      participants: [P('Adrian Schrinner', 'mayor', 'Brisbane', 'guest'), P('Kizo Hisamoto', 'mayor', 'Kobe', 'host')],
      topics: ['energy', 'sports'], agreement_signed: false,
    },
  },
  {
    id: 't-en-07', lang: 'en', published: '2024-10-11',
    text: `Victorian Premier meets Jiangsu Party Secretary
Melbourne, 11 October 2024

Premier Jacinta Allan met Xin Changxing, Party Secretary of Jiangsu Province, in Melbourne on Thursday. Victoria and Jiangsu have been sister states since 1979. The two leaders agreed to strengthen cooperation in education, agriculture and clean energy. Victoria's Minister for Trade Tim Pallas also attended.`,
    expect: {
      kind: 'meeting', date: '2024-10-10', end_date: null, location: 'Melbourne', cities: ['Jiangsu', 'Victoria'],
      participants: [P('Jacinta Allan', 'governor', 'Victoria', 'host'), P('Xin Changxing', 'party_secretary', 'Jiangsu', 'guest'), P('Tim Pallas', 'minister', 'Victoria', 'host')],
      topics: ['education', 'energy'], agreement_signed: false,
    },
  },
  {
    id: 't-en-08', lang: 'en', published: '2022-06-02',
    text: `Bristol strengthens ties with Guangzhou
Bristol City Council, 2 June 2022

Mayor Marvin Rees received Guangzhou Vice Mayor Sun Zhiyang and a delegation of business leaders at City Hall on Wednesday. The two sides discussed cooperation in low-carbon transport, aerospace and higher education.

Also present were former Lord Mayor Jos Clark, who led the first trade mission to Guangzhou, and Tony Chen, chairman of the Bristol Chinese Business Association.`,
    expect: {
      kind: 'meeting', date: '2022-06-01', end_date: null, location: 'Bristol', cities: ['Bristol', 'Guangzhou'],
      participants: [P('Marvin Rees', 'mayor', 'Bristol', 'host'), P('Sun Zhiyang', 'deputy_mayor', 'Guangzhou', 'guest'), P('Jos Clark', 'other', null, null),
        P('Tony Chen', 'business', 'Bristol Chinese Business Association', null)],
      topics: ['green_low_carbon', 'industrial_transformation', 'education'], agreement_signed: false,
    },
  },
  {
    id: 't-en-09', lang: 'en', published: '2023-09-15',
    text: `Chongqing mayor meets Düsseldorf counterpart
CHONGQING, Sept. 15 (Xinhua) -- Chongqing Mayor Hu Henghua met with Stephan Keller, Lord Mayor of Düsseldorf, in southwest China's Chongqing Municipality on Thursday.

Hu said the two cities should expand cooperation in intelligent manufacturing, logistics via the China-Europe freight trains and cultural exchanges. Keller said Düsseldorf was home to many Chinese companies and welcomed more.

Executive Vice Mayor Chen Mingbo and Li Mingqing, director-general of the municipal foreign affairs office, attended the meeting.`,
    expect: {
      kind: 'meeting', date: '2023-09-14', end_date: null, location: 'Chongqing', cities: ['Chongqing', 'Düsseldorf'],
      participants: [P('Hu Henghua', 'mayor', 'Chongqing', 'host'), P('Stephan Keller', 'mayor', 'Düsseldorf', 'guest'), P('Chen Mingbo', 'deputy_mayor', 'Chongqing', 'host'), P('Li Mingqing', 'official', 'Chongqing', 'host')],
      topics: ['industrial_transformation', 'culture', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 't-en-10', lang: 'en', published: '2023-10-20',
    text: `Thirty years of friendship: twinning association looks back
Leeds, 20 October 2023

When the Leeds-Hangzhou Friendship Association was founded in 1993, its members met in a church hall. Today it has more than 200 members and runs language classes, cooking evenings and an annual lantern festival. "People come for the dumplings and stay for the friendships," says its chair, Margaret Holt. The association's founder, former councillor Peter Gruen, still attends most events.`,
    expect: NONE,
  },
  // ================================================================== Chinese
  {
    id: 't-zh-01', lang: 'zh', published: '2023-06-14',
    text: `成都市委书记曹立军会见奥地利林茨市市长卢格尔
发布时间：2023-06-14

6月13日下午，市委书记曹立军在锦城宾馆会见了奥地利林茨市市长克劳斯·卢格尔一行。

曹立军表示，成都与林茨在数字经济、音乐艺术等领域合作基础良好，希望双方以此次访问为契机，推动在智能制造、职业教育和旅游方面深化交流。卢格尔表示，林茨愿与成都加强青年交流。

市委常委、秘书长刘筱柳，奥地利驻华大使馆参赞马丁·赫尔曼参加会见。`,
    expect: {
      kind: 'meeting', date: '2023-06-13', end_date: null, location: 'Chengdu', cities: ['Chengdu', 'Linz'],
      participants: [P('曹立军', 'party_secretary', 'Chengdu', 'host'), P('克劳斯·卢格尔', 'mayor', 'Linz', 'guest'), P('刘筱柳', 'official', 'Chengdu', 'host'), P('马丁·赫尔曼', 'official', 'Austria', 'guest')],
      topics: ['digitalization', 'industrial_transformation', 'education', 'culture', 'youth', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-02', lang: 'zh', published: '2024-03-29',
    text: `许昆林与日本爱知县知事大村秀章举行会谈
2024-03-29

3月28日，省长许昆林在南京与来访的日本爱知县知事大村秀章举行会谈。双方回顾了两省县结好以来的合作成果，并就汽车产业、环保和高校合作深入交换意见。会谈后，双方签署了友好合作备忘录。副省长胡广杰参加会谈。`,
    expect: {
      kind: 'meeting', date: '2024-03-28', end_date: null, location: 'Nanjing', cities: ['Aichi Prefecture', 'Jiangsu'],
      participants: [P('许昆林', 'governor', 'Jiangsu', 'host'), P('大村秀章', 'governor', 'Aichi Prefecture', 'guest'), P('胡广杰', 'official', 'Jiangsu', 'host')],
      topics: ['industrial_transformation', 'education', 'environment'], agreement_signed: true,
    },
  },
  {
    id: 't-zh-03', lang: 'zh', published: '2024-05-09',
    text: `第五届中德城市对话会在青岛开幕
2024-05-09

5月8日，为期两天的第五届中德城市对话会在青岛开幕。市委书记曾赞荣出席开幕式并致辞，德国驻华大使帕特里夏·弗洛尔出席。来自德国杜伊斯堡、曼海姆、纽伦堡和中国济南、烟台等12个城市的代表参加会议。曼海姆市市长克里斯蒂安·施佩希特在开幕式上致辞。

与会代表围绕绿色低碳、智慧城市和职业教育展开交流。`,
    expect: {
      kind: 'forum', date: '2024-05-08', end_date: '2024-05-09', location: 'Qingdao', cities: ['Duisburg', 'Jinan', 'Mannheim', 'Nuremberg', 'Qingdao', 'Yantai'],
      participants: [P('曾赞荣', 'party_secretary', 'Qingdao', 'host'), P('帕特里夏·弗洛尔', 'ambassador', 'Germany', null), P('克里斯蒂安·施佩希特', 'mayor', 'Mannheim', 'guest')],
      topics: ['smart_city', 'green_low_carbon', 'education'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-04', lang: 'zh', published: '2021-07-07',
    text: `吴庆文视频会见德国康斯坦茨市市长
2021-07-07

7月6日，苏州市市长吴庆文以视频方式会见了德国康斯坦茨市市长乌利·布尔夏特。吴庆文表示，两市结好以来在教育、文化等领域交流密切，希望疫情后进一步扩大旅游合作。布尔夏特表示赞同。副市长季晶参加会见。`,
    expect: {
      kind: 'video_call', date: '2021-07-06', end_date: null, location: null, cities: ['Konstanz', 'Suzhou'],
      participants: [P('吴庆文', 'mayor', 'Suzhou', null), P('乌利·布尔夏特', 'mayor', 'Konstanz', null), P('季晶', 'deputy_mayor', 'Suzhou', null)],
      topics: ['education', 'culture', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-05', lang: 'zh', published: '2022-06-02',
    text: `驻法兰克福总领事王卫东拜会美因茨市市长
2022-06-02

6月1日，中国驻法兰克福总领事王卫东拜会了美因茨市市长尼诺·哈泽。双方就经贸、医药和青少年交流等议题交换了意见。美因茨市副市长君特·贝克参加会见。`,
    expect: {
      kind: 'meeting', date: '2022-06-01', end_date: null, location: 'Mainz', cities: ['China', 'Mainz'],
      participants: [P('王卫东', 'consul_general', 'China', 'guest'), P('尼诺·哈泽', 'mayor', 'Mainz', 'host'), P('君特·贝克', 'deputy_mayor', 'Mainz', 'host')],
      topics: ['health', 'youth', 'economy_trade'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-06', lang: 'zh', published: '2024-09-20',
    text: `深圳市市长将率团访问德国和奥地利
2024-09-20

应德国纽伦堡市和奥地利格拉茨市邀请，深圳市市长覃伟中将于10月15日至21日率团出访德国纽伦堡和奥地利格拉茨。访问期间，覃伟中将会见纽伦堡市市长马库斯·柯尼希，双方将就新能源汽车和经贸合作进行交流。`,
    expect: {
      kind: 'visit_announcement', date: '2024-10-15', end_date: '2024-10-21', location: null, cities: ['Graz', 'Nuremberg', 'Shenzhen'],
      participants: [P('覃伟中', 'mayor', 'Shenzhen', 'guest'), P('马库斯·柯尼希', 'mayor', 'Nuremberg', 'host')],
      topics: ['industrial_transformation', 'economy_trade'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-07', lang: 'zh', published: '2023-04-28',
    text: `河南省省长王凯会见法国驻华大使
2023-04-28

4月27日，省长王凯在郑州会见了法国驻华大使罗梁一行。王凯表示，河南愿与法国在航空、文化和旅游等领域加强合作。罗梁表示，法国企业看好河南市场。副省长孙守刚参加会见。`,
    expect: {
      kind: 'meeting', date: '2023-04-27', end_date: null, location: 'Zhengzhou', cities: ['France', 'Henan'],
      participants: [P('王凯', 'governor', 'Henan', 'host'), P('罗梁', 'ambassador', 'France', 'guest'), P('孙守刚', 'official', 'Henan', 'host')],
      topics: ['industrial_transformation', 'culture', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-08', lang: 'zh', published: '2023-09-15',
    text: `市人大常委会主任胡曙光会见德国杜伊斯堡市议会代表团
2023-09-15

9月14日，武汉市人大常委会主任胡曙光会见了德国杜伊斯堡市议会副议长曼弗雷德·奥斯特曼率领的代表团。胡曙光表示，武汉与杜伊斯堡结为友好城市四十余年，希望双方在环保和物流方面深化合作。市人大常委会副主任王建参加会见。`,
    expect: {
      kind: 'meeting', date: '2023-09-14', end_date: null, location: 'Wuhan', cities: ['Duisburg', 'Wuhan'],
      participants: [P('胡曙光', 'legislator', 'Wuhan', 'host'), P('曼弗雷德·奥斯特曼', 'legislator', 'Duisburg', 'guest'), P('王建', 'legislator', 'Wuhan', 'host')],
      topics: ['environment', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-09', lang: 'zh', published: '2022-11-08',
    text: `赵建军会见西门子公司客人
2022-11-08

11月7日，无锡市市长赵建军会见了德国西门子公司执行董事施博一行。赵建军表示，希望西门子在智能制造、数字化转型和绿色低碳等方面与无锡深化合作。施博介绍了西门子在华业务情况。`,
    expect: {
      kind: 'meeting', date: '2022-11-07', end_date: null, location: 'Wuxi', cities: ['Wuxi'],
      participants: [P('赵建军', 'mayor', 'Wuxi', 'host'), P('施博', 'business', 'Siemens', 'guest')],
      topics: ['digitalization', 'green_low_carbon', 'industrial_transformation'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-10', lang: 'zh', published: '2023-08-22',
    text: `慕尼黑市副市长会见山东省副省长凌文一行
【商会新闻】2023年8月22日

8月20日，慕尼黑市副市长多罗特娅·迪特里希在市政厅会见了山东省副省长凌文率领的代表团，中国驻慕尼黑总领事童学军陪同会见。双方就职业教育和汽车产业合作交换了意见。`,
    expect: {
      kind: 'meeting', date: '2023-08-20', end_date: null, location: 'Munich', cities: ['Munich', 'Shandong'],
      participants: [P('多罗特娅·迪特里希', 'deputy_mayor', 'Munich', 'host'), P('凌文', 'official', 'Shandong', 'guest'), P('童学军', 'consul_general', 'China', 'guest')],
      topics: ['industrial_transformation', 'education'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-11', lang: 'zh', published: '2023-10-20',
    text: `一座桥梁，两座城市：友城故事
2023-10-20

四十年前，一位德国工程师来到武汉参与钢厂建设，由此开启了两座城市的友谊。如今，杜伊斯堡港已成为中欧班列的重要枢纽，许多武汉学生在杜伊斯堡求学。当年参与结好的老市长回忆说，那是一个充满希望的年代。`,
    expect: NONE,
  },
  // ================================================================== fourth round: more English, Chinese and German styles
  {
    id: 't-en-11', lang: 'en', published: '2023-10-12',
    text: `Vice Premier meets California governor
BEIJING, Oct. 12 (Xinhua) -- Chinese Vice Premier Ding Xuexiang met with visiting California Governor Gavin Newsom in Beijing on Wednesday.

Ding said China is willing to work with California to deepen cooperation in climate change, clean energy and trade. Newsom said California would continue to promote exchanges with China in education and tourism.`,
    expect: {
      kind: 'meeting', date: '2023-10-11', end_date: null, location: 'Beijing', cities: ['California', 'China'],
      participants: [P('Ding Xuexiang', 'minister', 'China', 'host'), P('Gavin Newsom', 'governor', 'California', 'guest')],
      topics: ['green_low_carbon', 'education', 'economy_trade', 'energy', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 't-en-12', lang: 'en', published: '2024-07-16',
    text: `Lord Provost hosts Chinese Consul General
Glasgow City Council, 16 July 2024

The Lord Provost of Glasgow, Jacqueline McLaren, hosted Zhang Biao, the Consul General of China in Edinburgh, at the City Chambers on Monday. They discussed links between Glasgow's universities and Chinese institutions, the city's growing number of Chinese students and opportunities for trade.

Depute Lord Provost Christy Mearns also attended.`,
    expect: {
      kind: 'meeting', date: '2024-07-15', end_date: null, location: 'Glasgow', cities: ['China', 'Glasgow'],
      participants: [P('Jacqueline McLaren', 'mayor', 'Glasgow', 'host'), P('Zhang Biao', 'consul_general', 'China', 'guest'), P('Christy Mearns', 'deputy_mayor', 'Glasgow', 'host')],
      topics: ['education', 'economy_trade'], agreement_signed: false,
    },
  },
  {
    id: 't-en-13', lang: 'en', published: '2023-11-21',
    text: `NSW Premier meets Guangdong Governor in Sydney
Sydney, 21 November 2023

New South Wales Premier Chris Minns welcomed Guangdong Governor Wang Weizhong to Parliament House in Sydney on Monday, marking 44 years of sister-state ties. The leaders agreed to expand cooperation in renewable energy, medical research and student exchanges. Wang was accompanied by Guangdong Vice Governor Zhang Xin.`,
    expect: {
      kind: 'meeting', date: '2023-11-20', end_date: null, location: 'Sydney', cities: ['Guangdong', 'New South Wales'],
      participants: [P('Chris Minns', 'governor', 'New South Wales', 'host'), P('Wang Weizhong', 'governor', 'Guangdong', 'guest'), P('Zhang Xin', 'official', 'Guangdong', 'guest')],
      topics: ['health', 'education', 'science_innovation', 'energy'], agreement_signed: false,
    },
  },
  {
    id: 't-en-14', lang: 'en', published: '2022-09-06',
    text: `Tianjin delegation calls on Mayor of Incheon
Incheon, September 6, 2022

A delegation from Tianjin led by Vice Mayor Wang Xu called on Incheon Mayor Yoo Jeong-bok at City Hall on Monday. The two cities agreed to strengthen cooperation between their ports and in the bio-health industry. Wang invited Yoo to attend the World Intelligence Expo in Tianjin next year.`,
    expect: {
      kind: 'meeting', date: '2022-09-05', end_date: null, location: 'Incheon', cities: ['Incheon', 'Tianjin'],
      participants: [P('Wang Xu', 'deputy_mayor', 'Tianjin', 'guest'), P('Yoo Jeong-bok', 'mayor', 'Incheon', 'host')],
      topics: ['industrial_transformation', 'health', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 't-en-15', lang: 'en', published: '2024-04-17',
    text: `Liverpool and Shanghai renew friendship agreement
Liverpool, 17 April 2024

Liverpool and Shanghai signed a renewed friendship city agreement at a ceremony in Liverpool Town Hall on Tuesday. The document was signed by the Lord Mayor of Liverpool, Councillor Mary Rasmussen, and Shanghai Vice Mayor Hua Yuan, and covers cooperation in culture, tourism and higher education.`,
    expect: {
      kind: 'signing', date: '2024-04-16', end_date: null, location: 'Liverpool', cities: ['Liverpool', 'Shanghai'],
      participants: [P('Mary Rasmussen', 'mayor', 'Liverpool', 'host'), P('Hua Yuan', 'deputy_mayor', 'Shanghai', 'guest')],
      topics: ['education', 'culture', 'tourism'], agreement_signed: true,
    },
  },
  {
    id: 't-en-16', lang: 'en', published: '2021-12-10',
    text: `Pittsburgh and Wuhan mayors hold virtual meeting
Pittsburgh, December 10, 2021

Mayor Bill Peduto and Wuhan Mayor Cheng Yongwen held a virtual meeting on Thursday to review their cities' cooperation during the pandemic. They discussed exchanges between their universities and hospitals. Pittsburgh City Council President Theresa Kail-Smith and Wuhan Vice Mayor Chen Xiexin also took part.`,
    expect: {
      kind: 'video_call', date: '2021-12-09', end_date: null, location: null, cities: ['Pittsburgh', 'Wuhan'],
      participants: [P('Bill Peduto', 'mayor', 'Pittsburgh', null), P('Cheng Yongwen', 'mayor', 'Wuhan', null), P('Theresa Kail-Smith', 'legislator', 'Pittsburgh', null), P('Chen Xiexin', 'deputy_mayor', 'Wuhan', null)],
      topics: ['health', 'education'], agreement_signed: false,
    },
  },
  {
    id: 't-en-17', lang: 'en', published: '2023-05-25',
    text: `Gothenburg mayor in Shanghai: talks with Party Secretary
Gothenburg, 25 May 2023

Gothenburg's mayor Aslan Akbas arrived in Shanghai on Monday for a four-day visit. On Wednesday he was received by Shanghai Party Secretary Chen Jining, who said the two port cities should work together on green shipping and the automotive industry. Akbas was accompanied by Sweden's Consul General in Shanghai, Fredrik Jonsson.`,
    expect: {
      kind: 'meeting', date: '2023-05-24', end_date: null, location: 'Shanghai', cities: ['Gothenburg', 'Shanghai'],
      participants: [P('Aslan Akbas', 'mayor', 'Gothenburg', 'guest'), P('Chen Jining', 'party_secretary', 'Shanghai', 'host'), P('Fredrik Jonsson', 'consul_general', 'Sweden', 'guest')],
      topics: ['green_low_carbon', 'industrial_transformation', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 't-en-18', lang: 'en', published: '2019-06-19',
    text: `Cities meet in Hamburg for partnership conference
Hamburg, June 19, 2019

The 7th China-Germany City Partnership Conference opened in Hamburg on Tuesday, bringing together representatives of 40 cities. First Mayor Peter Tschentscher opened the conference, and mayors from Shanghai, Dalian, Leipzig and Duisburg addressed the plenary. China's Ambassador to Germany Wu Ken and Lin Songtian, president of the Chinese People's Association for Friendship with Foreign Countries, also spoke.

Panels focused on urban planning, smart cities and port logistics.`,
    expect: {
      kind: 'forum', date: '2019-06-18', end_date: null, location: 'Hamburg', cities: ['Dalian', 'Duisburg', 'Hamburg', 'Leipzig', 'Shanghai'],
      participants: [P('Peter Tschentscher', 'mayor', 'Hamburg', 'host'), P('Wu Ken', 'ambassador', 'China', null), P('Lin Songtian', 'official', "Chinese People's Association for Friendship with Foreign Countries", null)],
      topics: ['smart_city', 'urban_governance', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 't-en-19', lang: 'en', published: '2024-11-06',
    text: `Mayor to visit sister city Yokohama
Vancouver, November 6, 2024

Mayor Ken Sim will travel to Yokohama next week to mark the 60th anniversary of the sister city relationship. He is scheduled to meet Yokohama Mayor Takeharu Yamanaka and to speak at a business forum on clean technology.`,
    expect: {
      kind: 'visit_announcement', date: null, end_date: null, location: 'Yokohama', cities: ['Vancouver', 'Yokohama'],
      participants: [P('Ken Sim', 'mayor', 'Vancouver', 'guest'), P('Takeharu Yamanaka', 'mayor', 'Yokohama', 'host')],
      topics: [], agreement_signed: false,
    },
  },
  {
    id: 't-en-20', lang: 'en', published: '2023-03-03',
    text: `Adelaide welcomes Qingdao business delegation
City of Adelaide news, 3 March 2023

Deputy Lord Mayor Mary Couros on Thursday welcomed a delegation of Qingdao business leaders headed by Liu Wei, chairman of the Qingdao Port Group, to the Adelaide Town Hall. Discussions covered wine exports, shipping and tourism. South Australia's Minister for Trade Nick Champion joined the meeting.`,
    expect: {
      kind: 'meeting', date: '2023-03-02', end_date: null, location: 'Adelaide', cities: ['Adelaide'],
      participants: [P('Mary Couros', 'deputy_mayor', 'Adelaide', 'host'), P('Liu Wei', 'business', 'Qingdao Port Group', 'guest'), P('Nick Champion', 'minister', 'South Australia', 'host')],
      topics: ['economy_trade', 'ports_logistics', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-12', lang: 'zh', published: '2024-06-13',
    text: `陈吉宁会见德国巴伐利亚州州长索德尔
2024-06-13

6月12日，市委书记陈吉宁在沪会见了德国巴伐利亚州州长马库斯·索德尔一行，并共同出席两地合作项目签约仪式。陈吉宁表示，上海愿与巴伐利亚在汽车产业、人工智能和职业教育等领域深化合作。索德尔表示，巴伐利亚希望加强与上海的科技创新合作。市委常委、常务副市长吴伟，德国驻上海总领事史霏宁参加会见。`,
    expect: {
      kind: 'meeting', date: '2024-06-12', end_date: null, location: 'Shanghai', cities: ['Bavaria', 'Shanghai'],
      participants: [P('陈吉宁', 'party_secretary', 'Shanghai', 'host'), P('马库斯·索德尔', 'governor', 'Bavaria', 'guest'), P('吴伟', 'deputy_mayor', 'Shanghai', 'host'), P('史霏宁', 'consul_general', 'Germany', 'guest')],
      topics: ['digitalization', 'industrial_transformation', 'education', 'science_innovation'], agreement_signed: true,
    },
  },
  {
    id: 't-zh-13', lang: 'zh', published: '2023-11-21',
    text: `第六届友城合作论坛在大连开幕
2023-11-21

11月20日，第六届大连国际友城合作论坛开幕。市长陈绍旺出席并致辞。日本北九州市市长武内和久、韩国仁川市副市长郑裕锡等来自8个国家的友城代表参加论坛。中国人民对外友好协会副会长袁敏道出席开幕式。与会嘉宾围绕港口物流和绿色发展进行交流。`,
    expect: {
      kind: 'forum', date: '2023-11-20', end_date: null, location: 'Dalian', cities: ['Dalian', 'Incheon', 'Kitakyushu'],
      participants: [P('陈绍旺', 'mayor', 'Dalian', 'host'), P('武内和久', 'mayor', 'Kitakyushu', 'guest'), P('郑裕锡', 'deputy_mayor', 'Incheon', 'guest'), P('袁敏道', 'official', "Chinese People's Association for Friendship with Foreign Countries", null)],
      topics: ['green_low_carbon', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-14', lang: 'zh', published: '2024-09-10',
    text: `出访前夕 青岛市市长接受本报专访
2024-09-10

青岛市市长赵豪志将于9月15日至20日率团访问德国和瑞典。行前，赵豪志接受本报专访时表示，此访将前往友好城市曼海姆和哥德堡，与曼海姆市市长施佩希特等会面，推动在港口航运和新能源领域的合作。`,
    expect: {
      kind: 'visit_announcement', date: '2024-09-15', end_date: '2024-09-20', location: null, cities: ['Gothenburg', 'Mannheim', 'Qingdao'],
      participants: [P('赵豪志', 'mayor', 'Qingdao', 'guest'), P('施佩希特', 'mayor', 'Mannheim', 'host')],
      topics: ['energy', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-15', lang: 'zh', published: '2018-10-24',
    text: `娄勤俭在慕尼黑会见巴伐利亚州议会议长
2018-10-24

正在德国访问的江苏省委书记娄勤俭23日在慕尼黑会见了巴伐利亚州议会议长伊尔莎·艾格纳。娄勤俭表示，江苏与巴伐利亚在高端装备制造、生物医药等方面合作潜力巨大。艾格纳表示，愿推动两地议会和青年交流。`,
    expect: {
      kind: 'meeting', date: '2018-10-23', end_date: null, location: 'Munich', cities: ['Bavaria', 'Jiangsu'],
      participants: [P('娄勤俭', 'party_secretary', 'Jiangsu', 'guest'), P('伊尔莎·艾格纳', 'legislator', 'Bavaria', 'host')],
      topics: ['industrial_transformation', 'health', 'youth'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-16', lang: 'zh', published: '2023-03-02',
    text: `市长会见德国不来梅市代表团
2023-03-02

3月1日，大连市市长陈绍旺会见了德国不来梅州议会议长弗兰克·伊姆霍夫率领的代表团。双方就风电、物流和高校合作交换了意见。德国大众汽车公司大中华区总裁贝瑞德、大连市人民政府副秘书长王晓明参加会见。`,
    expect: {
      kind: 'meeting', date: '2023-03-01', end_date: null, location: 'Dalian', cities: ['Bremen', 'Dalian'],
      participants: [P('陈绍旺', 'mayor', 'Dalian', 'host'), P('弗兰克·伊姆霍夫', 'legislator', 'Bremen', 'guest'), P('贝瑞德', 'business', 'Volkswagen Group', null), P('王晓明', 'official', 'Dalian', 'host')],
      topics: ['education', 'energy', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-17', lang: 'zh', published: '2021-12-10',
    text: `武汉与杜伊斯堡“云签约”
2021-12-10

12月9日，武汉市市长程用文与德国杜伊斯堡市市长林克通过视频连线，共同见证两市友好合作备忘录“云签约”。双方表示，将在物流、医疗卫生和教育领域加强合作。`,
    expect: {
      kind: 'video_call', date: '2021-12-09', end_date: null, location: null, cities: ['Duisburg', 'Wuhan'],
      participants: [P('程用文', 'mayor', 'Wuhan', null), P('林克', 'mayor', 'Duisburg', null)],
      topics: ['health', 'education', 'ports_logistics'], agreement_signed: true,
    },
  },
  {
    id: 't-de-12', lang: 'de', published: '2024-06-13',
    text: `Shanghais Bürgermeister trifft Ministerpräsidenten
Veröffentlichungsdatum: 13.06.2024     Quelle: german.shanghai.gov.cn

Der Bürgermeister von Shanghai, Gong Zheng, traf am 11. Juni den Ministerpräsidenten des Freistaats Bayern, Markus Söder, und seine Delegation. Gong sagte, Shanghai wolle die Zusammenarbeit mit Bayern in der Automobilindustrie, der künstlichen Intelligenz und dem Klimaschutz vertiefen. Söder sprach sich für mehr Austausch zwischen Hochschulen aus.`,
    expect: {
      kind: 'meeting', date: '2024-06-11', end_date: null, location: 'Shanghai', cities: ['Bavaria', 'Shanghai'],
      participants: [P('Gong Zheng', 'mayor', 'Shanghai', 'host'), P('Markus Söder', 'governor', 'Bavaria', 'guest')],
      topics: ['digitalization', 'green_low_carbon', 'industrial_transformation', 'education'], agreement_signed: false,
    },
  },
  {
    id: 't-de-13', lang: 'de', published: '2023-03-02',
    text: `Delegation aus Taicang in Reutlingen
Reutlingen, 02.03.2023

Bürgermeisterin Sabine Kurz aus dem benachbarten Metzingen und Oberbürgermeister Thomas Keck haben am Mittwoch gemeinsam eine Delegation aus Taicang begrüßt, die von Vizebürgermeisterin Zhou Wen geleitet wurde. Die Gäste informierten sich über die duale Ausbildung in mittelständischen Betrieben.`,
    expect: {
      kind: 'meeting', date: '2023-03-01', end_date: null, location: 'Reutlingen', cities: ['Metzingen', 'Reutlingen', 'Taicang'],
      participants: [P('Sabine Kurz', 'mayor', 'Metzingen', 'host'), P('Thomas Keck', 'mayor', 'Reutlingen', 'host'), P('Zhou Wen', 'deputy_mayor', 'Taicang', 'guest')],
      topics: [], agreement_signed: false,
    },
  },
  {
    id: 't-de-14', lang: 'de', published: '2021-12-10',
    text: `Online-Konferenz: Partnerstädte beraten über Klimaschutz
Heidelberg, 10.12.2021

Per Videokonferenz haben sich am Donnerstag Vertreterinnen und Vertreter aus fünf Partnerstädten Heidelbergs ausgetauscht. Oberbürgermeister Eckart Würzner begrüßte die Teilnehmer aus Hangzhou, Montpellier, Cambridge, Kumamoto und Bautzen. Themen waren Klimaschutz und erneuerbare Energien.`,
    expect: {
      kind: 'forum', date: '2021-12-09', end_date: null, location: null, cities: ['Bautzen', 'Cambridge', 'Hangzhou', 'Heidelberg', 'Kumamoto', 'Montpellier'],
      participants: [P('Eckart Würzner', 'mayor', 'Heidelberg', 'host')],
      topics: ['green_low_carbon', 'energy'], agreement_signed: false,
    },
  },
  {
    id: 't-de-15', lang: 'de', published: '2019-06-19',
    text: `Botschafter zu Gast in der Staatskanzlei
Stuttgart, 19.06.2019

Ministerpräsident Winfried Kretschmann hat am Dienstag den Botschafter der Volksrepublik China, Wu Ken, zu einem Antrittsbesuch empfangen. Im Mittelpunkt des Gesprächs standen die Zusammenarbeit in der Elektromobilität und der Wissenschaftsaustausch. Kretschmann kündigte an, im Herbst mit einer Delegation nach China zu reisen.`,
    expect: {
      kind: 'meeting', date: '2019-06-18', end_date: null, location: 'Stuttgart', cities: ['Baden-Württemberg', 'China'],
      participants: [P('Winfried Kretschmann', 'governor', 'Baden-Württemberg', 'host'), P('Wu Ken', 'ambassador', 'China', 'guest')],
      topics: ['industrial_transformation', 'science_innovation'], agreement_signed: false,
    },
  },
  // ================================================================== long narrative reports with distractors
  {
    id: 't-de-16', lang: 'de', published: '2024-04-12',
    text: `Yin Yong trifft den Oberbürgermeister von Düsseldorf
Veröffentlichungsdatum: 12.04.2024     Quelle: german.beijing.gov.cn

Der Bürgermeister von Peking, Yin Yong, traf am 10. April Stephan Keller, den Oberbürgermeister von Düsseldorf, und seine Delegation.

Yin sagte, Peking und Düsseldorf hätten in den vergangenen Jahren im Handel und in der Kultur eng zusammengearbeitet. Er hoffe, dass beide Städte den Austausch in der Digitalwirtschaft, im Gesundheitswesen und unter der Jugend vertiefen. Staatspräsident Xi Jinping habe bei seinem Besuch in Deutschland 2014 die Bedeutung der lokalen Zusammenarbeit betont.

Keller sagte, Düsseldorf sei Heimat von mehr als 600 chinesischen Unternehmen und wolle die Zusammenarbeit mit Peking in der Wissenschaft ausbauen. Mit Chongqing, der Partnerstadt Düsseldorfs, bestehe bereits seit 2004 eine enge Verbindung.

An dem Treffen nahm auch die Vizebürgermeisterin von Peking, Sima Hong, teil.`,
    expect: {
      kind: 'meeting', date: '2024-04-10', end_date: null, location: 'Beijing', cities: ['Beijing', 'Düsseldorf'],
      participants: [P('Yin Yong', 'mayor', 'Beijing', 'host'), P('Stephan Keller', 'mayor', 'Düsseldorf', 'guest'), P('Sima Hong', 'deputy_mayor', 'Beijing', 'host')],
      topics: ['digitalization', 'health', 'culture', 'youth', 'economy_trade', 'science_innovation'], agreement_signed: false,
    },
  },
  {
    id: 't-de-17', lang: 'de', published: '2023-10-24',
    text: `Zehn Jahre Freundschaft mit Ningbo
Aachen, 24.10.2023

Als die Stadt Aachen vor zehn Jahren den Freundschaftsvertrag mit Ningbo unterschrieb, ahnte kaum jemand, wie viele Projekte daraus entstehen würden. Am Montag konnte Oberbürgermeisterin Sibylle Keupen eine 15-köpfige Delegation aus der ostchinesischen Hafenstadt im Krönungssaal des Rathauses begrüßen. Angeführt wurde die Gruppe von Ningbos Vizebürgermeister Li Guanding.

„Unsere Hochschulen arbeiten inzwischen in mehr als zwanzig Projekten zusammen“, sagte Keupen. Li betonte, Ningbo wolle die Kooperation in der Wasserstoffforschung und in der Medizintechnik ausbauen. Mit dabei waren auch die Präsidentin der IHK Aachen, Gisela Kohl-Vogel, sowie Bürgermeisterin Hilde Scheidt.

Am Dienstag besucht die Delegation die RWTH Aachen und das Universitätsklinikum, bevor sie nach Brüssel weiterreist.`,
    expect: {
      kind: 'meeting', date: '2023-10-23', end_date: null, location: 'Aachen', cities: ['Aachen', 'Ningbo'],
      participants: [P('Sibylle Keupen', 'mayor', 'Aachen', 'host'), P('Li Guanding', 'deputy_mayor', 'Ningbo', 'guest'), P('Gisela Kohl-Vogel', 'business', 'IHK Aachen', null),
        P('Hilde Scheidt', 'deputy_mayor', 'Aachen', 'host')],
      topics: ['health', 'education', 'science_innovation', 'energy'], agreement_signed: false,
    },
  },
  {
    id: 't-en-21', lang: 'en', published: '2024-05-16',
    text: `Beijing Party chief meets Berlin mayor

BEIJING, May 16 (Xinhua) -- Yin Li, Party secretary of Beijing, met with Kai Wegner, Governing Mayor of Berlin, and his delegation in Beijing on Wednesday.

Yin said Beijing and Berlin, sister cities since 1994, should step up cooperation in science and technology, culture and urban renewal, and encourage more exchanges between young people.

Wegner said Berlin valued its ties with Beijing and hoped to expand cooperation in the digital economy and vocational training. He also congratulated Beijing on hosting the 2022 Winter Olympics.

Beijing Mayor Yin Yong, Vice Mayor Sima Hong and German Ambassador to China Patricia Flor were present.`,
    expect: {
      kind: 'meeting', date: '2024-05-15', end_date: null, location: 'Beijing', cities: ['Beijing', 'Berlin'],
      participants: [P('Yin Li', 'party_secretary', 'Beijing', 'host'), P('Kai Wegner', 'mayor', 'Berlin', 'guest'), P('Yin Yong', 'mayor', 'Beijing', 'host'),
        P('Sima Hong', 'deputy_mayor', 'Beijing', 'host'), P('Patricia Flor', 'ambassador', 'Germany', 'guest')],
      topics: ['digitalization', 'urban_governance', 'education', 'culture', 'youth', 'science_innovation'], agreement_signed: false,
    },
  },
  {
    id: 't-en-22', lang: 'en', published: '2023-11-09',
    text: `Mayor Bass welcomes Guangzhou delegation, signs MOU on green ports
LOS ANGELES, Nov. 9, 2023 -- Mayor Karen Bass on Wednesday welcomed a delegation from Guangzhou led by Vice Mayor Zhang Shuo to Los Angeles City Hall, where the two sides signed a memorandum of understanding on green shipping between their ports.

"Our ports are the gateways of the Pacific," Bass said. The cities, sister cities since 1981, also agreed to expand student exchanges and cultural exchanges.

City Council President Paul Krekorian attended the meeting, as did Chinese Consul General in Los Angeles Zhang Ping. Earlier in the week the delegation visited San Francisco, where it met Mayor London Breed.`,
    expect: {
      kind: 'meeting', date: '2023-11-08', end_date: null, location: 'Los Angeles', cities: ['Guangzhou', 'Los Angeles'],
      participants: [P('Karen Bass', 'mayor', 'Los Angeles', 'host'), P('Zhang Shuo', 'deputy_mayor', 'Guangzhou', 'guest'), P('Paul Krekorian', 'legislator', 'Los Angeles', 'host'),
        P('Zhang Ping', 'consul_general', 'China', 'guest')],
      topics: ['green_low_carbon', 'education', 'culture', 'ports_logistics'], agreement_signed: true,
    },
  },
  {
    id: 't-en-23', lang: 'en', published: '2024-06-13',
    text: `Sister cities summit held in Chicago and online
Chicago, June 13, 2024 — Mayor Brandon Johnson opened the Chicago Sister Cities International Summit on Wednesday, with delegates from Shenyang, Osaka, Hamburg and Accra attending in person and others joining online. Shenyang Vice Mayor Wang Xinwei and Hamburg State Councillor Almut Möller addressed the opening session. Emilia Saiz, secretary general of United Cities and Local Governments, sent a video message.

Discussions focused on climate resilience, tourism and youth exchanges.`,
    expect: {
      kind: 'forum', date: '2024-06-12', end_date: null, location: 'Chicago', cities: ['Accra', 'Chicago', 'Hamburg', 'Osaka', 'Shenyang'],
      participants: [P('Brandon Johnson', 'mayor', 'Chicago', 'host'), P('Wang Xinwei', 'deputy_mayor', 'Shenyang', 'guest'), P('Almut Möller', 'official', 'Hamburg', 'guest'),
        P('Emilia Saiz', 'official', 'United Cities and Local Governments', null)],
      topics: ['green_low_carbon', 'youth', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-18', lang: 'zh', published: '2024-05-16',
    text: `郭永航会见新西兰奥克兰市市长布朗
2024-05-16

5月15日下午，广州市市长郭永航会见了新西兰奥克兰市市长韦恩·布朗一行。

郭永航表示，广州与奥克兰1989年结为友好城市，是两国间最早建立的友城关系之一。2014年习近平主席对新西兰进行国事访问，为两国关系发展注入了强劲动力。广州愿与奥克兰在教育、旅游、生物医药和港口物流等领域深化合作，推动两市青少年交流。

布朗表示，奥克兰高度重视与广州的友好关系，此次访问期间还将前往深圳和上海。奥克兰希望扩大对广州的出口，加强在绿色发展方面的交流。

市政府秘书长李明，新西兰驻广州总领事何致远参加会见。`,
    expect: {
      kind: 'meeting', date: '2024-05-15', end_date: null, location: 'Guangzhou', cities: ['Auckland', 'Guangzhou'],
      participants: [P('郭永航', 'mayor', 'Guangzhou', 'host'), P('韦恩·布朗', 'mayor', 'Auckland', 'guest'), P('李明', 'official', 'Guangzhou', 'host'), P('何致远', 'consul_general', 'New Zealand', 'guest')],
      topics: ['green_low_carbon', 'health', 'education', 'youth', 'economy_trade', 'ports_logistics', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-19', lang: 'zh', published: '2023-09-20',
    text: `杭州市代表团访问德国 姚高员在法兰克福会见市长约瑟夫
2023-09-20

应邀，杭州市委副书记、市长姚高员率杭州市政府代表团于9月17日至19日访问德国。18日，姚高员在法兰克福市政厅会见了法兰克福市市长迈克·约瑟夫。双方就金融和人工智能领域合作深入交流。中国驻法兰克福总领事王卫东陪同会见。`,
    expect: {
      kind: 'meeting', date: '2023-09-18', end_date: null, location: 'Frankfurt', cities: ['Frankfurt', 'Hangzhou'],
      participants: [P('姚高员', 'mayor', 'Hangzhou', 'guest'), P('迈克·约瑟夫', 'mayor', 'Frankfurt', 'host'), P('王卫东', 'consul_general', 'China', 'guest')],
      topics: ['digitalization', 'economy_trade'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-20', lang: 'zh', published: '2022-06-10',
    text: `第三届中德地方合作论坛以视频方式举行
2022-06-10

6月9日，第三届中德地方合作论坛以线上方式举行。论坛由成都市人民政府主办，德国波恩、帕德博恩和中国武汉、青岛等城市代表通过视频连线参会。成都市副市长刘玉泉致辞。德国驻成都总领事葛策出席。与会代表围绕数字化转型和职业教育进行了交流。`,
    expect: {
      kind: 'forum', date: '2022-06-09', end_date: null, location: null, cities: ['Bonn', 'Chengdu', 'Paderborn', 'Qingdao', 'Wuhan'],
      participants: [P('刘玉泉', 'deputy_mayor', 'Chengdu', 'host'), P('葛策', 'consul_general', 'Germany', null)],
      topics: ['digitalization', 'education'], agreement_signed: false,
    },
  },
  // ================================================================== Chinese reports with attendee lists and community figures
  {
    id: 't-zh-21', lang: 'zh', published: '2024-03-19',
    text: `许勤会见德国莱比锡市市长容格
2024-03-19

3月18日，省委副书记、省长许勤在南京会见了德国莱比锡市市长布克哈德·容格一行。许勤表示，江苏与萨克森州、南京与莱比锡友好交往历史悠久，希望双方在智能制造、新能源和文化等领域拓展合作。容格表示，莱比锡愿进一步加强与南京的教育交流。

副省长胡广杰，南京市市长陈之常，旅德华人联合会会长王立新参加会见。`,
    expect: {
      kind: 'meeting', date: '2024-03-18', end_date: null, location: 'Nanjing', cities: ['Jiangsu', 'Leipzig'],
      participants: [P('许勤', 'governor', 'Jiangsu', 'host'), P('布克哈德·容格', 'mayor', 'Leipzig', 'guest'), P('胡广杰', 'official', 'Jiangsu', 'host'), P('陈之常', 'mayor', 'Nanjing', 'host'), P('王立新', 'other', '旅德华人联合会', null)],
      topics: ['industrial_transformation', 'education', 'culture', 'energy'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-22', lang: 'zh', published: '2023-07-06',
    text: `沈阳市领导会见德国联邦议院议员代表团
2023-07-06

7月5日，市委副书记、市长王新伟会见了德国联邦议院议员、德中议员小组主席汉斯·彼得·弗里德里希率领的代表团。双方就汽车产业、职业教育合作交换了意见。市领导李松林、市政府副秘书长张华参加会见。`,
    expect: {
      kind: 'meeting', date: '2023-07-05', end_date: null, location: 'Shenyang', cities: ['Germany', 'Shenyang'],
      participants: [P('王新伟', 'mayor', 'Shenyang', 'host'), P('汉斯·彼得·弗里德里希', 'legislator', 'Germany', 'guest'), P('李松林', 'official', 'Shenyang', 'host'), P('张华', 'official', 'Shenyang', 'host')],
      topics: ['industrial_transformation', 'education'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-23', lang: 'zh', published: '2022-11-16',
    text: `西安国际友城合作论坛举行
2022-11-16

11月15日，2022西安国际友城合作论坛在西安开幕。西安市副市长张振出席并致辞，德国多特蒙德市市长托马斯·韦斯特法尔、日本奈良市市长仲川元庸通过视频致辞。来自加拿大魁北克市等城市的代表在现场参加论坛。与会代表围绕文化旅游和城市治理进行了交流。`,
    expect: {
      kind: 'forum', date: '2022-11-15', end_date: null, location: "Xi'an", cities: ['Dortmund', 'Nara', 'Quebec City', "Xi'an"],
      participants: [P('张振', 'deputy_mayor', "Xi'an", 'host'), P('托马斯·韦斯特法尔', 'mayor', 'Dortmund', 'guest'), P('仲川元庸', 'mayor', 'Nara', 'guest')],
      topics: ['urban_governance', 'culture', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-24', lang: 'zh', published: '2024-10-23',
    text: `市长会见德国汉堡市客人
2024-10-23

近日，上海市市长李强在市政府会见了德国汉堡市经济部长梅兰妮·莱昂哈德一行。双方就港口航运、氢能和人才培养合作进行了交流。市政府秘书长王华参加会见。`,
    expect: {
      kind: 'meeting', date: null, end_date: null, location: 'Shanghai', cities: ['Hamburg', 'Shanghai'],
      participants: [P('李强', 'mayor', 'Shanghai', 'host'), P('梅兰妮·莱昂哈德', 'minister', 'Hamburg', 'guest'), P('王华', 'official', 'Shanghai', 'host')],
      topics: ['energy', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-25', lang: 'zh', published: '2023-12-07',
    text: `重庆市代表团访问温哥华
2023-12-07

当地时间12月6日，重庆市副市长郑向东在温哥华会见了温哥华市市长沈观健。郑向东表示，重庆愿与温哥华在清洁能源、旅游和教育等领域加强合作。加拿大中华总商会会长李明、温哥华华人社团联合会会长陈伟等侨界代表出席会见。`,
    expect: {
      kind: 'meeting', date: '2023-12-06', end_date: null, location: 'Vancouver', cities: ['Chongqing', 'Vancouver'],
      participants: [P('郑向东', 'deputy_mayor', 'Chongqing', 'guest'), P('沈观健', 'mayor', 'Vancouver', 'host'), P('李明', 'business', '加拿大中华总商会', null), P('陈伟', 'other', '温哥华华人社团联合会', null)],
      topics: ['education', 'energy', 'tourism'], agreement_signed: false,
    },
  },
  // ================================================================== English: more constructions
  {
    id: 't-en-24', lang: 'en', published: '2023-06-21',
    text: `Perth Lord Mayor meets Nanjing Party chief
Perth, 21 June 2023

During his visit to China, the Lord Mayor of Perth, Basil Zempilas, met with Han Liming, Party Secretary of Nanjing, in Nanjing on Tuesday. Zempilas said Perth wanted to attract more Chinese students and tourists and to work with Nanjing on mining technology. He was accompanied by Councillor Liam Gobbert.`,
    expect: {
      kind: 'meeting', date: '2023-06-20', end_date: null, location: 'Nanjing', cities: ['Nanjing', 'Perth'],
      participants: [P('Basil Zempilas', 'mayor', 'Perth', 'guest'), P('Han Liming', 'party_secretary', 'Nanjing', 'host'), P('Liam Gobbert', 'legislator', 'Perth', 'guest')],
      topics: ['education', 'science_innovation', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 't-en-25', lang: 'en', published: '2024-09-25',
    text: `Mayors gather in Hangzhou for sister cities conference
Hangzhou, September 25, 2024

The 2024 International Sister Cities Conference opened in Hangzhou on Tuesday, with mayors and officials from more than 50 cities attending. Chinese Vice President Han Zheng addressed the opening ceremony. Hangzhou Mayor Yao Gaoyuan welcomed delegations from Leeds, Baltimore, Nice and Fukui, and Leeds Lord Mayor Abigail Marshall Katung spoke for the partner cities.

The conference focused on green development and the digital economy.`,
    expect: {
      kind: 'forum', date: '2024-09-24', end_date: null, location: 'Hangzhou', cities: ['Baltimore', 'Fukui', 'Hangzhou', 'Leeds', 'Nice'],
      participants: [P('Han Zheng', 'official', 'China', null), P('Yao Gaoyuan', 'mayor', 'Hangzhou', 'host'), P('Abigail Marshall Katung', 'mayor', 'Leeds', 'guest')],
      topics: ['digitalization', 'green_low_carbon'], agreement_signed: false,
    },
  },
  {
    id: 't-en-26', lang: 'en', published: '2022-08-31',
    text: `NRW premier receives Sichuan governor
Düsseldorf, August 31, 2022

North Rhine-Westphalia's Minister-President Hendrik Wüst received Sichuan Governor Huang Qiang at the state chancellery in Düsseldorf on Tuesday. The two leaders agreed to expand cooperation on hydrogen and vocational training.`,
    expect: {
      kind: 'meeting', date: '2022-08-30', end_date: null, location: 'Düsseldorf', cities: ['North Rhine-Westphalia', 'Sichuan'],
      participants: [P('Hendrik Wüst', 'governor', 'North Rhine-Westphalia', 'host'), P('Huang Qiang', 'governor', 'Sichuan', 'guest')],
      topics: ['education', 'energy'], agreement_signed: false,
    },
  },
  {
    id: 't-en-27', lang: 'en', published: '2023-04-19',
    text: `NYC welcomes Beijing delegation
New York, April 19, 2023 — Deputy Mayor for Economic and Workforce Development Maria Torres-Springer received Beijing Vice Mayor Jin Wei and his delegation at City Hall on Tuesday. The meeting covered tourism, biomedicine and cultural exchanges. Edward Mermelstein, the city's Commissioner for International Affairs, also took part.`,
    expect: {
      kind: 'meeting', date: '2023-04-18', end_date: null, location: 'New York City', cities: ['Beijing', 'New York City'],
      participants: [P('Maria Torres-Springer', 'deputy_mayor', 'New York City', 'host'), P('Jin Wei', 'deputy_mayor', 'Beijing', 'guest'), P('Edward Mermelstein', 'official', 'New York City', 'host')],
      topics: ['health', 'culture', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 't-en-28', lang: 'en', published: '2024-01-16',
    text: `Liaoning Party chief meets Kanagawa governor
Shenyang, January 16, 2024

Liaoning Party Secretary Hao Peng met with Yuji Kuroiwa, Governor of Kanagawa Prefecture, in Shenyang on Monday. The two sides agreed to deepen exchanges in environmental protection, elderly care and youth.`,
    expect: {
      kind: 'meeting', date: '2024-01-15', end_date: null, location: 'Shenyang', cities: ['Kanagawa Prefecture', 'Liaoning'],
      participants: [P('Hao Peng', 'party_secretary', 'Liaoning', 'host'), P('Yuji Kuroiwa', 'governor', 'Kanagawa Prefecture', 'guest')],
      topics: ['elderly_care', 'youth', 'environment'], agreement_signed: false,
    },
  },
  {
    id: 't-en-29', lang: 'en', published: '2024-09-25',
    text: `Shenzhen and Busan sign friendship city agreement
Shenzhen, September 25, 2024

Shenzhen Mayor Qin Weizhong and Busan Mayor Park Heong-joon signed a friendship city agreement at a ceremony in Shenzhen on Tuesday. The agreement covers trade, ports and tourism.`,
    expect: {
      kind: 'signing', date: '2024-09-24', end_date: null, location: 'Shenzhen', cities: ['Busan', 'Shenzhen'],
      participants: [P('Qin Weizhong', 'mayor', 'Shenzhen', 'host'), P('Park Heong-joon', 'mayor', 'Busan', 'guest')],
      topics: ['economy_trade', 'ports_logistics', 'tourism'], agreement_signed: true,
    },
  },
  {
    id: 't-en-30', lang: 'en', published: '2024-01-16',
    text: `Mayor sends condolences to sister city
Vancouver, January 16, 2024

Mayor Ken Sim has written to Guangzhou Mayor Guo Yonghang to express his condolences after last week's floods. In his letter, Sim offered the help of Vancouver's emergency services.`,
    expect: NONE,
  },
  // ================================================================== coordinated hosts, verb-second, business and national guests
  {
    id: 't-de-18', lang: 'de', published: '2024-04-09',
    text: `Besuch aus Peking im Historischen Rathaus
Köln, 09.04.2024

Am Montag empfing Henriette Reker (parteilos), Oberbürgermeisterin der Stadt Köln, den Vizebürgermeister von Peking, Sima Hong, im Historischen Rathaus. Die Delegation wurde von der chinesischen Generalkonsulin in Düsseldorf, Feng Yaling, begleitet. Bürgermeister Ralf Heinen und Stadtdirektorin Andrea Blome nahmen ebenfalls an dem Gespräch teil, in dem es um Stadtplanung und den Austausch von Auszubildenden ging.`,
    expect: {
      kind: 'meeting', date: '2024-04-08', end_date: null, location: 'Cologne', cities: ['Beijing', 'Cologne'],
      participants: [P('Henriette Reker', 'mayor', 'Cologne', 'host'), P('Sima Hong', 'deputy_mayor', 'Beijing', 'guest'), P('Feng Yaling', 'consul_general', 'China', 'guest'),
        P('Ralf Heinen', 'deputy_mayor', 'Cologne', 'host'), P('Andrea Blome', 'official', 'Cologne', 'host')],
      topics: ['urban_governance', 'education'], agreement_signed: false,
    },
  },
  {
    id: 't-en-31', lang: 'en', published: '2023-11-15',
    text: `Mayor and council leaders welcome Shanghai delegation
New York, November 15, 2023 — Mayor Eric Adams, First Deputy Mayor Sheena Wright and Council Member Julie Won on Tuesday welcomed Shanghai Vice Mayor Hua Yuan and her delegation to City Hall. The two sides discussed tourism and exchanges between their universities. Consul General Huang Ping of the Chinese Consulate in New York also attended.`,
    expect: {
      kind: 'meeting', date: '2023-11-14', end_date: null, location: 'New York City', cities: ['New York City', 'Shanghai'],
      participants: [P('Eric Adams', 'mayor', 'New York City', 'host'), P('Sheena Wright', 'deputy_mayor', 'New York City', 'host'), P('Julie Won', 'legislator', 'New York City', 'host'),
        P('Hua Yuan', 'deputy_mayor', 'Shanghai', 'guest'), P('Huang Ping', 'consul_general', 'China', 'guest')],
      topics: ['education', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 't-en-32', lang: 'en', published: '2024-02-28',
    text: `Shanghai Party chief meets Tesla and JPMorgan chiefs
Shanghai, February 28, 2024

Shanghai Party Secretary Chen Jining met with Tesla CEO Elon Musk and with Jamie Dimon, chairman and CEO of JPMorgan Chase, in Shanghai on Tuesday. Chen said the city welcomed further investment in electric vehicles and financial services. Dr. Henry A. Kissinger, the former US Secretary of State, sent a letter of greetings.`,
    expect: {
      kind: 'meeting', date: '2024-02-27', end_date: null, location: 'Shanghai', cities: ['Shanghai'],
      participants: [P('Chen Jining', 'party_secretary', 'Shanghai', 'host'), P('Elon Musk', 'business', 'Tesla, Inc.', 'guest'), P('Jamie Dimon', 'business', 'JPMorgan Chase', 'guest')],
      topics: ['industrial_transformation', 'economy_trade'], agreement_signed: false,
    },
  },
  {
    id: 't-en-33', lang: 'en', published: '2023-05-10',
    text: `Beijing mayor meets New York governor
Beijing, May 10, 2023

Beijing Mayor Yin Yong on Tuesday met with Kathy Hochul, Governor of the State of New York, who is leading a trade delegation to China. Yin said Beijing and New York should expand cooperation in culture, tourism and clean energy.`,
    expect: {
      kind: 'meeting', date: '2023-05-09', end_date: null, location: 'Beijing', cities: ['Beijing', 'New York'],
      participants: [P('Yin Yong', 'mayor', 'Beijing', 'host'), P('Kathy Hochul', 'governor', 'New York', 'guest')],
      topics: ['culture', 'energy', 'tourism'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-26', lang: 'zh', published: '2024-06-04',
    text: `市领导会见德国汉堡市第一市长
2024-06-04

6月3日，市领导陈吉宁、龚正在沪会见了德国汉堡市第一市长彼得·岑切尔和夫人一行。陈吉宁表示，上海与汉堡结好40年来，在港口、经贸和文化领域合作成果丰硕。岑切尔表示，汉堡希望与上海在绿色航运方面加强合作。`,
    expect: {
      kind: 'meeting', date: '2024-06-03', end_date: null, location: 'Shanghai', cities: ['Hamburg', 'Shanghai'],
      participants: [P('陈吉宁', 'official', 'Shanghai', 'host'), P('龚正', 'official', 'Shanghai', 'host'), P('彼得·岑切尔', 'mayor', 'Hamburg', 'guest')],
      topics: ['green_low_carbon', 'culture', 'economy_trade', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 't-zh-27', lang: 'zh', published: '2022-10-19',
    text: `市长会见新加坡客人
2022-10-19

10月18日，武汉市市长程用文会见了新加坡国务资政张志贤一行。程用文表示，武汉愿与新加坡在金融、物流和城市规划等领域深化合作。新加坡驻华大使吴正中参加会见。`,
    expect: {
      kind: 'meeting', date: '2022-10-18', end_date: null, location: 'Wuhan', cities: ['Singapore', 'Wuhan'],
      participants: [P('程用文', 'mayor', 'Wuhan', 'host'), P('张志贤', 'minister', 'Singapore', 'guest'), P('吴正中', 'ambassador', 'Singapore', 'guest')],
      topics: ['urban_governance', 'economy_trade', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 't-en-34', lang: 'en', published: '2024-05-10',
    text: `Lord Mayor to host Chinese delegation next week
Leeds, May 10, 2024

A delegation from Hangzhou led by Vice Mayor Hu Wei will visit Leeds next week. The Lord Mayor, Councillor Abigail Marshall Katung, will host a reception at the Civic Hall on Tuesday, May 14, and the two sides will discuss student exchanges.`,
    expect: {
      kind: 'visit_announcement', date: '2024-05-14', end_date: null, location: 'Leeds', cities: ['Hangzhou', 'Leeds'],
      participants: [P('Hu Wei', 'deputy_mayor', 'Hangzhou', 'guest'), P('Abigail Marshall Katung', 'mayor', 'Leeds', 'host')],
      topics: ['education'], agreement_signed: false,
    },
  },
  // ================================================================== German: provinces, video calls, announcements, celebrations
  {
    id: 't-de-19', lang: 'de', published: '2023-05-17',
    text: `Delegation aus der Provinz Hubei zu Gast
Duisburg, 17.05.2023

Eine Delegation aus der chinesischen Provinz Hubei hat am Dienstag das Duisburger Rathaus besucht. Angeführt wurde die Gruppe vom Vizegouverneur der Provinz, Zhao Haishan. Oberbürgermeister Sören Link empfing die Gäste gemeinsam mit Bürgermeister Manfred Osenger. Im Gespräch ging es um die Zusammenarbeit in der Logistik und um Wasserstoff.`,
    expect: {
      kind: 'meeting', date: '2023-05-16', end_date: null, location: 'Duisburg', cities: ['Duisburg', 'Hubei'],
      participants: [P('Zhao Haishan', 'official', 'Hubei', 'guest'), P('Sören Link', 'mayor', 'Duisburg', 'host'), P('Manfred Osenger', 'deputy_mayor', 'Duisburg', 'host')],
      topics: ['energy', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 't-de-20', lang: 'de', published: '2021-02-25',
    text: `Videogespräch mit Changchun
Wolfsburg, 25.02.2021

Oberbürgermeister Klaus Mohrs hat am Mittwoch per Videokonferenz mit dem Bürgermeister von Changchun, Wang Zijun, gesprochen. Beide vereinbarten, den Austausch von Schülern fortzusetzen, sobald es die Pandemie zulässt.`,
    expect: {
      kind: 'video_call', date: '2021-02-24', end_date: null, location: null, cities: ['Changchun', 'Wolfsburg'],
      participants: [P('Klaus Mohrs', 'mayor', 'Wolfsburg', null), P('Wang Zijun', 'mayor', 'Changchun', null)],
      topics: ['education'], agreement_signed: false,
    },
  },
  {
    id: 't-de-21', lang: 'de', published: '2024-09-03',
    text: `Oberbürgermeister reist in die Partnerstadt Zhenjiang
Rüsselsheim, 03.09.2024

Oberbürgermeister Patrick Burghardt reist drei Tage ab Samstag, 7. September, in die Partnerstadt Zhenjiang. Dort wird er mit Bürgermeister Xu Wei über Kooperationen in der Berufsbildung sprechen.`,
    expect: {
      kind: 'visit_announcement', date: '2024-09-07', end_date: '2024-09-09', location: 'Zhenjiang', cities: ['Rüsselsheim am Main', 'Zhenjiang'],
      participants: [P('Patrick Burghardt', 'mayor', 'Rüsselsheim am Main', 'guest'), P('Xu Wei', 'mayor', 'Zhenjiang', 'host')],
      topics: ['education'], agreement_signed: false,
    },
  },
  {
    id: 't-de-22', lang: 'de', published: '2022-11-27',
    text: `Festakt: 25 Jahre Städtepartnerschaften
Rostock, 27.11.2022

Mit einem Festakt im Rathaus hat Rostock am Samstag das Jubiläum seiner Partnerschaften mit Dalian, Riga und Szczecin gefeiert. Oberbürgermeisterin Eva-Maria Kröger begrüßte Delegationen aus den drei Partnerstädten, darunter Dalians Vizebürgermeister Jin Ke. Auch der polnische Generalkonsul in Hamburg, Jakub Wawrzyniak, nahm teil.`,
    expect: {
      kind: 'forum', date: '2022-11-26', end_date: null, location: 'Rostock', cities: ['Dalian', 'Riga', 'Rostock', 'Szczecin'],
      participants: [P('Eva-Maria Kröger', 'mayor', 'Rostock', 'host'), P('Jin Ke', 'deputy_mayor', 'Dalian', 'guest'), P('Jakub Wawrzyniak', 'consul_general', 'Poland', null)],
      topics: [], agreement_signed: false,
    },
  },
  {
    id: 't-en-35', lang: 'en', published: '2024-03-12',
    text: `Auckland mayor in Shanghai
Shanghai, March 12, 2024

Visiting Auckland Mayor Wayne Brown met with Shanghai Party Secretary Chen Jining on Monday. Brown, who is on his first visit to China since taking office, said Auckland wanted more direct flights and more Chinese students. Chen said the two port cities should cooperate in green shipping.`,
    expect: {
      kind: 'meeting', date: '2024-03-11', end_date: null, location: 'Shanghai', cities: ['Auckland', 'Shanghai'],
      participants: [P('Wayne Brown', 'mayor', 'Auckland', 'guest'), P('Chen Jining', 'party_secretary', 'Shanghai', 'host')],
      topics: ['green_low_carbon', 'education', 'ports_logistics'], agreement_signed: false,
    },
  },
  {
    id: 't-en-36', lang: 'en', published: '2024-03-12',
    text: `Lord Mayor meets Beijing vice mayor
Leeds, March 12, 2024

The Lord Mayor of Leeds, Councillor Abigail Marshall Katung, met Vice Mayor Sima Hong in the Chinese capital on Monday. They discussed student exchanges.`,
    expect: {
      kind: 'meeting', date: '2024-03-11', end_date: null, location: 'Beijing', cities: ['Beijing', 'Leeds'],
      participants: [P('Abigail Marshall Katung', 'mayor', 'Leeds', 'guest'), P('Sima Hong', 'deputy_mayor', 'Beijing', 'host')],
      topics: ['education'], agreement_signed: false,
    },
  },
  {
    id: 't-de-23', lang: 'de', published: '2024-03-12',
    text: `Oberbürgermeister in Peking
München, 12.03.2024

Oberbürgermeister Dieter Reiter ist am Montag in der chinesischen Hauptstadt mit dem Bürgermeister von Peking, Yin Yong, zusammengetroffen. Beide sprachen über die Zusammenarbeit im Tourismus.`,
    expect: {
      kind: 'meeting', date: '2024-03-11', end_date: null, location: 'Beijing', cities: ['Beijing', 'Munich'],
      participants: [P('Dieter Reiter', 'mayor', 'Munich', 'guest'), P('Yin Yong', 'mayor', 'Beijing', 'host')],
      topics: ['tourism'], agreement_signed: false,
    },
  },
  {
    id: 't-de-24', lang: 'de', published: '2024-03-12',
    text: `Oberbürgermeisterin reist nach China
Köln, 12.03.2024

Oberbürgermeisterin Henriette Reker wird am kommenden Montag nach China reisen. Erste Station der einwöchigen Reise ist Peking.`,
    expect: {
      kind: 'visit_announcement', date: '2024-03-18', end_date: null, location: null, cities: ['Beijing', 'Cologne'],
      participants: [P('Henriette Reker', 'mayor', 'Cologne', 'guest')],
      topics: [], agreement_signed: false,
    },
  },
];
