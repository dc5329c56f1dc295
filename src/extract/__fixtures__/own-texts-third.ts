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
];
