// Texts written for this project's tests (not taken from any evaluation set). Each case lists the
// values the engine must extract. Names of real office holders are used only as plausible examples.
import type { ContractKind, ContractParticipant } from '../types.ts';

export interface OwnCase {
  id: string;
  lang: 'de' | 'en' | 'zh';
  published: string;
  text: string;
  expect: {
    kind: ContractKind;
    date?: string | null;
    end_date?: string | null;
    location?: string | null;
    cities?: string[];
    participants?: Array<Partial<ContractParticipant> & { name: string }>;
    notParticipants?: string[];
    topics?: string[];
    topicsExclude?: string[];
    agreement_signed?: boolean;
  };
}

export const OWN_CASES: OwnCase[] = [
  // ------------------------------------------------------------------ German
  {
    id: 'de-01', lang: 'de', published: '2019-05-16',
    text: `Delegation aus Nanjing zu Gast im Neuen Rathaus
Leipzig, 16.05.2019

Oberbürgermeister Burkhard Jung hat am Dienstag eine Delegation aus der Partnerstadt Nanjing unter Leitung von Vizebürgermeister Wang Lu empfangen. Im Mittelpunkt des Gesprächs standen die Zusammenarbeit in der Berufsbildung und der Austausch von Studierenden.

Jung erinnerte daran, dass die Partnerschaft 1988 begründet wurde. Beide Seiten wollen zudem die Kooperation in der Elektromobilität und beim Klimaschutz ausbauen.`,
    expect: {
      kind: 'meeting', date: '2019-05-14', location: 'Leipzig', cities: ['Leipzig', 'Nanjing'],
      participants: [{ name: 'Burkhard Jung', role: 'mayor', of: 'Leipzig', side: 'host' }, { name: 'Wang Lu', role: 'deputy_mayor', of: 'Nanjing', side: 'guest' }],
      topics: ['education', 'green_low_carbon'], agreement_signed: false,
    },
  },
  {
    id: 'de-02', lang: 'de', published: '2021-03-12',
    text: `Bonn und Chengdu tauschen sich per Videokonferenz aus
Bonn, 12.03.2021

Per Videokonferenz haben sich Oberbürgermeisterin Katja Dörner und der Bürgermeister von Chengdu, Wang Fengchao, am Donnerstag über die Folgen der Pandemie ausgetauscht. Beide Seiten wollen die Zusammenarbeit im Gesundheitswesen und in der Umweltbildung vertiefen.`,
    expect: {
      kind: 'video_call', date: '2021-03-11', location: null, cities: ['Bonn', 'Chengdu'],
      participants: [{ name: 'Katja Dörner', role: 'mayor', of: 'Bonn', side: null }, { name: 'Wang Fengchao', role: 'mayor', of: 'Chengdu', side: null }],
      topics: ['health'], agreement_signed: false,
    },
  },
  {
    id: 'de-03', lang: 'de', published: '2023-10-02',
    text: `Oberbürgermeister reist nach Shanghai
München, 02.10.2023

Oberbürgermeister Dieter Reiter wird vom 9. bis 12. Oktober mit einer Wirtschaftsdelegation nach Shanghai reisen. Geplant sind Gespräche mit Bürgermeister Gong Zheng über Kooperationen in der Kreislaufwirtschaft und im Tourismus.`,
    expect: {
      kind: 'visit_announcement', date: '2023-10-09', end_date: '2023-10-12', location: 'Shanghai', cities: ['Munich', 'Shanghai'],
      participants: [{ name: 'Dieter Reiter', role: 'mayor', of: 'Munich', side: 'guest' }, { name: 'Gong Zheng', role: 'mayor', of: 'Shanghai', side: 'host' }],
      agreement_signed: false,
    },
  },
  {
    id: 'de-04', lang: 'de', published: '2018-07-05',
    text: `Absichtserklärung unterzeichnet
Düsseldorf, 05.07.2018

Düsseldorf und Chongqing haben am Mittwoch im Rathaus eine Absichtserklärung über die Zusammenarbeit in der Logistik unterzeichnet. Für Düsseldorf unterschrieb Oberbürgermeister Thomas Geisel, für Chongqing Vizebürgermeister Li Dianxun.`,
    expect: {
      kind: 'signing', date: '2018-07-04', location: 'Düsseldorf', cities: ['Chongqing', 'Düsseldorf'],
      participants: [{ name: 'Thomas Geisel', role: 'mayor', of: 'Düsseldorf', side: 'host' }, { name: 'Li Dianxun', role: 'deputy_mayor', of: 'Chongqing', side: 'guest' }],
      topics: ['ports_logistics'], agreement_signed: true,
    },
  },
  {
    id: 'de-05', lang: 'de', published: '2019-11-29',
    text: `Städteforum in Hamburg eröffnet
Hamburg, 29.11.2019

Zum Deutsch-Chinesischen Städteforum sind gestern Vertreter aus Shanghai, Chengdu, Wuhan und Dresden in Hamburg zusammengekommen. Erster Bürgermeister Peter Tschentscher eröffnete das Forum, das sich mit Stadtentwicklung und Hafenlogistik befasst.`,
    expect: {
      kind: 'forum', date: '2019-11-28', location: 'Hamburg', cities: ['Chengdu', 'Dresden', 'Hamburg', 'Shanghai', 'Wuhan'],
      participants: [{ name: 'Peter Tschentscher', role: 'mayor', of: 'Hamburg', side: 'host' }],
      topics: ['urban_governance', 'ports_logistics'],
    },
  },
  {
    id: 'de-06', lang: 'de', published: '2022-11-25',
    text: `Besuch aus der Partnerstadt angekündigt
Freiburg im Breisgau, 25.11.2022

Eine Delegation aus Suzhou wird Freiburg drei Tage ab Samstag, 26. November, besuchen. Angeführt wird sie von Vizebürgermeisterin Ji Peng. Oberbürgermeister Martin Horn wird die Gäste im Rathaus empfangen.`,
    expect: {
      kind: 'visit_announcement', date: '2022-11-26', end_date: '2022-11-28', location: 'Freiburg im Breisgau', cities: ['Freiburg im Breisgau', 'Suzhou'],
      participants: [{ name: 'Ji Peng', role: 'deputy_mayor', of: 'Suzhou', side: 'guest' }, { name: 'Martin Horn', role: 'mayor', side: 'host' }],
      agreement_signed: false,
    },
  },
  {
    id: 'de-07', lang: 'de', published: '2018-04-18',
    text: `Ministerpräsident empfängt Gäste aus Shandong
Stuttgart, 18.04.2018

Baden-Württembergs Ministerpräsident Winfried Kretschmann hat am Montag den Gouverneur der Provinz Shandong, Gong Zheng, in der Villa Reitzenstein empfangen. Beide sprachen über Maschinenbau, Berufsausbildung und erneuerbare Energien.`,
    expect: {
      kind: 'meeting', date: '2018-04-16', location: 'Stuttgart', cities: ['Baden-Württemberg', 'Shandong'],
      participants: [{ name: 'Winfried Kretschmann', role: 'governor', of: 'Baden-Württemberg', side: 'host' }, { name: 'Gong Zheng', role: 'governor', of: 'Shandong', side: 'guest' }],
      topics: ['industrial_transformation', 'education', 'energy'],
    },
  },
  {
    id: 'de-08', lang: 'de', published: '2017-06-30',
    text: `Bürgermeisterin empfängt Jugendorchester
Köln, 30.06.2017

Bürgermeisterin Elfi Scho-Antwerpes hat am Donnerstag im Historischen Rathaus eine Delegation aus Peking unter Leitung des stellvertretenden Bürgermeisters Sui Zhenjiang empfangen. Oberbürgermeisterin Henriette Reker war verhindert. Beide Seiten wollen den Jugendaustausch und die kulturelle Zusammenarbeit stärken.`,
    expect: {
      kind: 'meeting', date: '2017-06-29', location: 'Cologne', cities: ['Beijing', 'Cologne'],
      participants: [{ name: 'Elfi Scho-Antwerpes', role: 'deputy_mayor', of: 'Cologne', side: 'host' }, { name: 'Sui Zhenjiang', role: 'deputy_mayor', of: 'Beijing', side: 'guest' }],
      topics: ['youth', 'culture'],
    },
  },
  {
    id: 'de-09', lang: 'de', published: '2016-09-14',
    text: `Porträt: Die Partnerstadt Xi’an
Stadt Dortmund – Internationales, 14.09.2016

Xi’an ist die Hauptstadt der Provinz Shaanxi und zählt rund neun Millionen Einwohner. Bekannt ist die Stadt für die Terrakotta-Armee. Die Städtepartnerschaft mit Dortmund besteht seit 1995 und umfasst Schulpartnerschaften und Kulturprojekte.`,
    expect: { kind: 'none', date: null, location: null, cities: [], participants: [], topics: [], agreement_signed: false },
  },
  {
    id: 'de-10', lang: 'de', published: '2015-03-20',
    text: `Generalkonsul besucht Nürnberg
Nürnberg, 20.03.2015

Der chinesische Generalkonsul in München, Wang Shunqing, hat am Donnerstag Oberbürgermeister Ulrich Maly im Rathaus besucht. Gesprochen wurde über die Partnerschaft mit Shenzhen, über Messen und über den Austausch von Schülern.`,
    expect: {
      kind: 'meeting', date: '2015-03-19', location: 'Nuremberg', cities: ['China', 'Nuremberg'],
      participants: [{ name: 'Wang Shunqing', role: 'consul_general', of: 'China', side: 'guest' }, { name: 'Ulrich Maly', role: 'mayor', of: 'Nuremberg', side: 'host' }],
      topics: ['education'], notParticipants: [],
    },
  },
  {
    id: 'de-11', lang: 'de', published: '2024-05-08',
    text: `Parteisekretär von Qingdao trifft Oberbürgermeister
Mannheim, 08.05.2024

Der Parteisekretär von Qingdao, Zeng Zanrong, ist am Montag mit einer Delegation in Mannheim eingetroffen und von Oberbürgermeister Christian Specht im Rathaus empfangen worden. Im Gespräch ging es um Wasserstoff, Häfen und den Austausch junger Menschen. Zuvor hatte die Delegation Frankfurt besucht.`,
    expect: {
      kind: 'meeting', date: '2024-05-06', location: 'Mannheim', cities: ['Mannheim', 'Qingdao'],
      participants: [{ name: 'Zeng Zanrong', role: 'party_secretary', of: 'Qingdao', side: 'guest' }, { name: 'Christian Specht', role: 'mayor', of: 'Mannheim', side: 'host' }],
      topics: ['energy', 'ports_logistics', 'youth'],
    },
  },
  {
    id: 'de-12', lang: 'de', published: '2020-01-15',
    text: `Empfang für Botschafter Chinas
Berlin, 15.01.2020

Der Regierende Bürgermeister Michael Müller hat gestern den Botschafter der Volksrepublik China, Wu Ken, im Roten Rathaus empfangen. Themen waren die Städtepartnerschaft mit Peking, Start-ups und Wissenschaftskooperationen. Die frühere Bürgermeisterin Ingrid Stahmer hatte die Partnerschaft 1994 mit unterzeichnet.`,
    expect: {
      kind: 'meeting', date: '2020-01-14', location: 'Berlin', cities: ['Berlin', 'China'],
      participants: [{ name: 'Michael Müller', role: 'mayor', of: 'Berlin', side: 'host' }, { name: 'Wu Ken', role: 'ambassador', of: 'China', side: 'guest' }],
      notParticipants: ['Ingrid Stahmer'], topics: ['science_innovation'], agreement_signed: false,
    },
  },
  {
    id: 'de-13', lang: 'de', published: '2023-06-23',
    text: `Delegation aus Wuhan in Duisburg
Duisburg, 23.06.2023

Eine Delegation aus Wuhan unter Leitung des Vizebürgermeisters Chen Pingmin ist am Donnerstag von Oberbürgermeister Sören Link im Rathaus empfangen worden. Beide Städte unterzeichneten ein Memorandum über die Zusammenarbeit in der Logistik und im Schienengüterverkehr.`,
    expect: {
      kind: 'meeting', date: '2023-06-22', location: 'Duisburg', cities: ['Duisburg', 'Wuhan'],
      participants: [{ name: 'Chen Pingmin', role: 'deputy_mayor', of: 'Wuhan', side: 'guest' }, { name: 'Sören Link', role: 'mayor', of: 'Duisburg', side: 'host' }],
      topics: ['ports_logistics'], agreement_signed: true,
    },
  },
  {
    id: 'de-14', lang: 'de', published: '2019-09-10',
    text: `Dresdner Delegation in Hangzhou
Dresden, 10.09.2019

Oberbürgermeister Dirk Hilbert ist am Montag in Hangzhou mit dem Bürgermeister Liu Jie zusammengetroffen. Die beiden Stadtoberhäupter vereinbarten, die Zusammenarbeit bei künstlicher Intelligenz, Tourismus und Sport auszubauen.`,
    expect: {
      kind: 'meeting', date: '2019-09-09', location: 'Hangzhou', cities: ['Dresden', 'Hangzhou'],
      participants: [{ name: 'Dirk Hilbert', role: 'mayor', of: 'Dresden', side: 'guest' }, { name: 'Liu Jie', role: 'mayor', of: 'Hangzhou', side: 'host' }],
      topics: ['digitalization', 'tourism', 'sports'],
    },
  },
  // ------------------------------------------------------------------ English
  {
    id: 'en-01', lang: 'en', published: '2019-06-12',
    text: `London mayor welcomes Shanghai vice mayor
London, June 12, 2019

Mayor of London Sadiq Khan welcomed Shanghai Vice Mayor Zong Ming to City Hall on Tuesday. The two discussed financial services, green finance and cooperation between the two cities' universities.`,
    expect: {
      kind: 'meeting', date: '2019-06-11', location: 'London', cities: ['London', 'Shanghai'],
      participants: [{ name: 'Sadiq Khan', role: 'mayor', of: 'London', side: 'host' }, { name: 'Zong Ming', role: 'deputy_mayor', of: 'Shanghai', side: 'guest' }],
      topics: ['economy_trade', 'education'],
    },
  },
  {
    id: 'en-02', lang: 'en', published: '2023-09-10',
    text: `SHANGHAI, Sept. 9 (Xinhua) -- Chen Jining, secretary of the Communist Party of China Shanghai Municipal Committee, met with a delegation led by Lord Mayor of Birmingham Chaman Lal on Friday.

Chen said Shanghai was ready to deepen cooperation with Birmingham in advanced manufacturing, life sciences and education. Lal said his city hoped to expand trade and student exchanges.`,
    expect: {
      kind: 'meeting', date: '2023-09-08', location: 'Shanghai', cities: ['Birmingham', 'Shanghai'],
      participants: [{ name: 'Chen Jining', role: 'party_secretary', of: 'Shanghai', side: 'host' }, { name: 'Chaman Lal', role: 'mayor', of: 'Birmingham', side: 'guest' }],
      topics: ['industrial_transformation', 'education', 'economy_trade'],
    },
  },
  {
    id: 'en-03', lang: 'en', published: '2022-06-03',
    text: `Sister cities sign port cooperation memorandum
Hamburg, June 3, 2022

Hamburg and Shanghai signed a memorandum of understanding on port and shipping cooperation on Thursday. The document was signed by First Mayor Peter Tschentscher and Shanghai Vice Mayor Zhang Wei in a ceremony at Hamburg City Hall.`,
    expect: {
      kind: 'signing', date: '2022-06-02', location: 'Hamburg', cities: ['Hamburg', 'Shanghai'],
      participants: [{ name: 'Peter Tschentscher', role: 'mayor', of: 'Hamburg', side: 'host' }, { name: 'Zhang Wei', role: 'deputy_mayor', of: 'Shanghai', side: 'guest' }],
      topics: ['ports_logistics'], agreement_signed: true,
    },
  },
  {
    id: 'en-04', lang: 'en', published: '2023-11-18',
    text: `Global mayors gather in Guangzhou
November 18, 2023

The Guangzhou International Urban Innovation Conference opened on Friday in Guangzhou, with mayors and officials from Busan, Lyon, Auckland and Durban taking part. Guangzhou Mayor Guo Yonghang said cities should work together on climate action and digital transformation.`,
    expect: {
      kind: 'forum', date: '2023-11-17', location: 'Guangzhou', cities: ['Auckland', 'Busan', 'Durban', 'Guangzhou', 'Lyon'],
      participants: [{ name: 'Guo Yonghang', role: 'mayor', of: 'Guangzhou', side: 'host' }],
      topics: ['green_low_carbon', 'digitalization'],
    },
  },
  {
    id: 'en-05', lang: 'en', published: '2018-04-02',
    text: `Mayor to lead delegation to China
Seattle, April 2, 2018

Seattle Mayor Jenny Durkan will lead a delegation to Chongqing from April 10 to April 13 to promote trade, tourism and clean technology. She is scheduled to meet Chongqing Mayor Tang Liangzhi.`,
    expect: {
      kind: 'visit_announcement', date: '2018-04-10', end_date: '2018-04-13', location: 'Chongqing', cities: ['Chongqing', 'Seattle'],
      participants: [{ name: 'Jenny Durkan', role: 'mayor', of: 'Seattle', side: 'guest' }, { name: 'Tang Liangzhi', role: 'mayor', of: 'Chongqing', side: 'host' }],
      agreement_signed: false,
    },
  },
  {
    id: 'en-06', lang: 'en', published: '2020-05-20',
    text: `Mayors of Rotterdam and Shanghai hold video call
May 20, 2020

Rotterdam Mayor Ahmed Aboutaleb and Shanghai Mayor Ying Yong held a video call on Tuesday to discuss the fight against the pandemic and cooperation between the two ports.`,
    expect: {
      kind: 'video_call', date: '2020-05-19', location: null, cities: ['Rotterdam', 'Shanghai'],
      participants: [{ name: 'Ahmed Aboutaleb', role: 'mayor', of: 'Rotterdam', side: null }, { name: 'Ying Yong', role: 'mayor', of: 'Shanghai', side: null }],
      topics: ['ports_logistics'],
    },
  },
  {
    id: 'en-07', lang: 'en', published: '2019-10-15',
    text: `Premier meets Governor of California
Beijing, October 15, 2019

Chinese Premier Li Keqiang met California Governor Gavin Newsom in Beijing on Monday. The two sides agreed to expand cooperation on climate change, clean energy and trade.`,
    expect: {
      kind: 'meeting', date: '2019-10-14', location: 'Beijing', cities: ['California', 'China'],
      participants: [{ name: 'Li Keqiang', role: 'head_of_government', of: 'China', side: 'host' }, { name: 'Gavin Newsom', role: 'governor', of: 'California', side: 'guest' }],
      topics: ['green_low_carbon', 'energy', 'economy_trade'],
    },
  },
  {
    id: 'en-08', lang: 'en', published: '2021-08-01',
    text: `A century of friendship: the story of Duisburg and Wuhan
August 1, 2021

The partnership between Duisburg and Wuhan began in 1982, when a steelworks brought engineers from both cities together. Today the cities are linked by a freight train that takes about two weeks.`,
    expect: { kind: 'none', date: null, location: null, cities: [], participants: [], topics: [] },
  },
  {
    id: 'en-09', lang: 'en', published: '2017-03-09',
    text: `Vienna vice mayor visits Beijing
Beijing, March 9, 2017

Beijing Vice Mayor Zhang Jiandong received Vienna Deputy Mayor Maria Vassilakou on Wednesday. The two discussed urban planning, public transport and the environment. Also present was Austria's ambassador to China, Friedrich Stift.`,
    expect: {
      kind: 'meeting', date: '2017-03-08', location: 'Beijing', cities: ['Beijing', 'Vienna'],
      participants: [
        { name: 'Zhang Jiandong', role: 'deputy_mayor', of: 'Beijing', side: 'host' },
        { name: 'Maria Vassilakou', role: 'deputy_mayor', of: 'Vienna', side: 'guest' },
        { name: 'Friedrich Stift', role: 'ambassador', of: 'Austria', side: 'guest' },
      ],
      topics: ['urban_governance', 'environment'],
    },
  },
  {
    id: 'en-10', lang: 'en', published: '2016-05-27',
    text: `Osaka governor meets Shanghai party chief
Shanghai, May 27, 2016

Shanghai Party Secretary Han Zheng met Osaka Governor Ichiro Matsui and his delegation on Thursday. Matsui said Osaka Prefecture wanted closer ties in tourism, health care and elderly care ahead of the 2025 World Expo.`,
    expect: {
      kind: 'meeting', date: '2016-05-26', location: 'Shanghai', cities: ['Osaka Prefecture', 'Shanghai'],
      participants: [{ name: 'Han Zheng', role: 'party_secretary', of: 'Shanghai', side: 'host' }, { name: 'Ichiro Matsui', role: 'governor', side: 'guest' }],
      topics: ['tourism', 'health', 'elderly_care'],
    },
  },
  {
    id: 'en-11', lang: 'en', published: '2024-02-21',
    text: `Chicago council member hosts Shenyang delegation
Chicago, February 21, 2024

Alderman Brian Hopkins received a delegation from Shenyang led by Vice Mayor Wang Xinwei yesterday. They talked about manufacturing, students and cultural festivals.`,
    expect: {
      kind: 'meeting', date: '2024-02-20', location: 'Chicago', cities: ['Chicago', 'Shenyang'],
      participants: [{ name: 'Brian Hopkins', role: 'legislator', of: 'Chicago', side: 'host' }, { name: 'Wang Xinwei', role: 'deputy_mayor', of: 'Shenyang', side: 'guest' }],
      topics: ['industrial_transformation', 'education', 'culture'],
    },
  },
  {
    id: 'en-12', lang: 'en', published: '2015-09-24',
    text: `Auckland mayor in Guangzhou
Guangzhou, September 24, 2015

Auckland Mayor Len Brown paid a courtesy call on Guangzhou Party Secretary Ren Xuefeng on Wednesday, the second day of a four-day visit. Brown hoped for more direct flights, more tourists and closer links between the two cities' ports.`,
    expect: {
      kind: 'meeting', date: '2015-09-23', location: 'Guangzhou', cities: ['Auckland', 'Guangzhou'],
      participants: [{ name: 'Len Brown', role: 'mayor', of: 'Auckland', side: 'guest' }, { name: 'Ren Xuefeng', role: 'party_secretary', of: 'Guangzhou', side: 'host' }],
      topics: ['tourism', 'ports_logistics'],
    },
  },
  {
    id: 'en-13', lang: 'en', published: '2018-11-06',
    text: `Former mayor recalls twinning
Lyon, November 6, 2018

Lyon Mayor Gérard Collomb received Guangzhou Vice Mayor Wang Dong at the Hôtel de Ville on Monday. Former mayor Raymond Barre had signed the twinning agreement in 1988, Collomb recalled. The two sides discussed biomedicine and research.`,
    expect: {
      kind: 'meeting', date: '2018-11-05', location: 'Lyon', cities: ['Guangzhou', 'Lyon'],
      participants: [{ name: 'Gérard Collomb', role: 'mayor', of: 'Lyon', side: 'host' }, { name: 'Wang Dong', role: 'deputy_mayor', of: 'Guangzhou', side: 'guest' }],
      notParticipants: ['Raymond Barre'], topics: ['health', 'science_innovation'], agreement_signed: false,
    },
  },
  // ------------------------------------------------------------------ Chinese
  {
    id: 'zh-01', lang: 'zh', published: '2019-03-16',
    text: `北京市委书记陈吉宁会见汉堡市市长彼得·岑切尔
2019年3月16日

3月15日上午，市委书记陈吉宁会见了德国汉堡市市长彼得·岑切尔一行。双方表示，将进一步深化在港口物流、科技创新和文化领域的交流合作。`,
    expect: {
      kind: 'meeting', date: '2019-03-15', location: 'Beijing', cities: ['Beijing', 'Hamburg'],
      participants: [{ name: '陈吉宁', role: 'party_secretary', of: 'Beijing', side: 'host' }, { name: '彼得·岑切尔', role: 'mayor', of: 'Hamburg', side: 'guest' }],
      topics: ['ports_logistics', 'science_innovation', 'culture'],
    },
  },
  {
    id: 'zh-02', lang: 'zh', published: '2018-10-20',
    text: `龚正会见大阪府知事
2018年10月20日

19日下午，上海市市长龚正在上海会见了日本大阪府知事吉村洋文一行。双方同意加强在旅游、养老和生物医药方面的合作。`,
    expect: {
      kind: 'meeting', date: '2018-10-19', location: 'Shanghai', cities: ['Osaka Prefecture', 'Shanghai'],
      participants: [{ name: '龚正', role: 'mayor', of: 'Shanghai', side: 'host' }, { name: '吉村洋文', role: 'governor', of: 'Osaka Prefecture', side: 'guest' }],
      topics: ['tourism', 'elderly_care', 'health'],
    },
  },
  {
    id: 'zh-03', lang: 'zh', published: '2020-07-09',
    text: `殷勇与巴黎市长视频会见
2020年7月9日

7月8日，北京市市长殷勇与法国巴黎市市长伊达尔戈举行视频会见，双方就城市治理、文化交流和绿色发展交换了意见。`,
    expect: {
      kind: 'video_call', date: '2020-07-08', location: null, cities: ['Beijing', 'Paris'],
      participants: [{ name: '殷勇', role: 'mayor', of: 'Beijing', side: null }, { name: '伊达尔戈', role: 'mayor', of: 'Paris', side: null }],
      topics: ['urban_governance', 'culture', 'green_low_carbon'],
    },
  },
  {
    id: 'zh-04', lang: 'zh', published: '2023-10-03',
    text: `市长将率团访问科隆
2023年10月3日

北京市市长殷勇将于10月9日至12日率团访问德国科隆，出席两市结好35周年活动。`,
    expect: {
      kind: 'visit_announcement', date: '2023-10-09', end_date: '2023-10-12', location: 'Cologne', cities: ['Beijing', 'Cologne'],
      participants: [{ name: '殷勇', role: 'mayor', of: 'Beijing', side: 'guest' }],
      agreement_signed: false,
    },
  },
  {
    id: 'zh-05', lang: 'zh', published: '2017-06-17',
    text: `广州与奥克兰签署友好城市合作协议
2017年6月17日

16日，广州市副市长王东与新西兰奥克兰市市长菲尔·高夫在广州会谈，并签署两市友好城市合作备忘录。双方将加强在旅游、教育和港口方面的合作。`,
    expect: {
      kind: 'meeting', date: '2017-06-16', location: 'Guangzhou', cities: ['Auckland', 'Guangzhou'],
      participants: [{ name: '王东', role: 'deputy_mayor', of: 'Guangzhou', side: 'host' }, { name: '菲尔·高夫', role: 'mayor', of: 'Auckland', side: 'guest' }],
      topics: ['tourism', 'education', 'ports_logistics'], agreement_signed: true,
    },
  },
  {
    id: 'zh-06', lang: 'zh', published: '2019-05-24',
    text: `第三届友城论坛在成都开幕
2019年5月24日

23日，第三届中德友好城市论坛在成都开幕，来自汉堡、杜伊斯堡、纽伦堡和成都等城市的代表参加论坛。成都市市长罗强出席开幕式并致辞，希望各方加强在智慧城市和新能源汽车领域的合作。`,
    expect: {
      kind: 'forum', date: '2019-05-23', location: 'Chengdu', cities: ['Chengdu', 'Duisburg', 'Hamburg', 'Nuremberg'],
      participants: [{ name: '罗强', role: 'mayor', of: 'Chengdu', side: 'host' }],
      topics: ['smart_city', 'industrial_transformation'],
    },
  },
  {
    id: 'zh-07', lang: 'zh', published: '2016-04-13',
    text: `沈阳市长会见德国驻沈阳总领事
2016年4月13日

昨天，沈阳市市长姜有为会见了德国驻沈阳总领事柯拉克。双方就汽车产业合作和职业教育进行了交流。`,
    expect: {
      kind: 'meeting', date: '2016-04-12', location: 'Shenyang', cities: ['Germany', 'Shenyang'],
      participants: [{ name: '姜有为', role: 'mayor', of: 'Shenyang', side: 'host' }, { name: '柯拉克', role: 'consul_general', of: 'Germany', side: 'guest' }],
      topics: ['industrial_transformation', 'education'],
    },
  },
  {
    id: 'zh-08', lang: 'zh', published: '2021-09-30',
    text: `徐汇区与慕尼黑交流
2021年9月30日

近日，徐汇区区委书记曹立强会见了德国慕尼黑市副市长卡塔琳娜·舒尔策一行，双方就人工智能和文化创意产业合作进行了交流。`,
    expect: {
      kind: 'meeting', date: null, location: 'Shanghai', cities: ['Munich', 'Xuhui District'],
      participants: [{ name: '曹立强', role: 'party_secretary', of: 'Xuhui District', side: 'host' }, { name: '卡塔琳娜·舒尔策', role: 'deputy_mayor', of: 'Munich', side: 'guest' }],
      topics: ['digitalization', 'culture'],
    },
  },
  {
    id: 'zh-09', lang: 'zh', published: '2022-03-01',
    text: `一座城市的记忆
2022年3月1日

杜伊斯堡与武汉于1982年结为友好城市，是中德之间第一对友好城市。四十年来，两市在钢铁、教育和文化领域留下了许多故事。`,
    expect: { kind: 'none', date: null, location: null, cities: [], participants: [], topics: [] },
  },
  {
    id: 'zh-10', lang: 'zh', published: '2019-11-08',
    text: `杭州市领导会见德累斯顿市长
2019年11月8日

11月7日，杭州市委副书记、市长刘忻在杭州会见了德累斯顿市市长希尔贝特率领的代表团。杭州市人大常委会副主任陈红英，市政府副秘书长王宏陪同会见。双方希望在人工智能、旅游和体育等领域深化合作。`,
    expect: {
      kind: 'meeting', date: '2019-11-07', location: 'Hangzhou', cities: ['Dresden', 'Hangzhou'],
      participants: [
        { name: '刘忻', role: 'mayor', of: 'Hangzhou', side: 'host' }, { name: '希尔贝特', role: 'mayor', of: 'Dresden', side: 'guest' },
        { name: '陈红英', role: 'legislator', of: 'Hangzhou', side: 'host' }, { name: '王宏', role: 'official', of: 'Hangzhou', side: 'host' },
      ],
      topics: ['digitalization', 'tourism', 'sports'],
    },
  },
  {
    id: 'zh-11', lang: 'zh', published: '2015-09-02',
    text: `武汉代表团访问杜伊斯堡
2015年9月2日

8月31日，武汉市副市长刘英姿率团访问德国杜伊斯堡，杜伊斯堡市市长林克在市政厅会见代表团。双方就中欧班列和物流合作进行了深入交流。`,
    expect: {
      kind: 'meeting', date: '2015-08-31', location: 'Duisburg', cities: ['Duisburg', 'Wuhan'],
      participants: [{ name: '刘英姿', role: 'deputy_mayor', of: 'Wuhan', side: 'guest' }, { name: '林克', role: 'mayor', of: 'Duisburg', side: 'host' }],
      topics: ['ports_logistics'],
    },
  },
  {
    id: 'zh-12', lang: 'zh', published: '2024-06-15',
    text: `重庆市长会见美国驻成都总领事
2024年6月15日

6月14日，重庆市市长胡衡华会见美国驻成都总领事韩学理。胡衡华表示，欢迎更多美国企业来渝投资，希望在经贸、教育和人文领域加强交流。`,
    expect: {
      kind: 'meeting', date: '2024-06-14', location: 'Chongqing', cities: ['Chongqing', 'United States'],
      participants: [{ name: '胡衡华', role: 'mayor', of: 'Chongqing', side: 'host' }, { name: '韩学理', role: 'consul_general', of: 'United States', side: 'guest' }],
      topics: ['economy_trade', 'education', 'people_to_people'],
    },
  },
  // ------------------------------------------------------------------ more German styles
  {
    id: 'de-15', lang: 'de', published: '2018-03-10',
    text: `Hoher Besuch aus der Partnerstadt
Duisburg, 10.03.2018

Der Bürgermeister der chinesischen Partnerstadt Wuhan, Zhou Xianwang, hat am Freitag Oberbürgermeister Sören Link getroffen. Die beiden Stadtoberhäupter sprachen über den Ausbau der Bahnverbindung und über gemeinsame Projekte in der Stadtentwicklung.`,
    expect: {
      kind: 'meeting', date: '2018-03-09', location: 'Duisburg', cities: ['Duisburg', 'Wuhan'],
      participants: [{ name: 'Zhou Xianwang', role: 'mayor', of: 'Wuhan', side: 'guest' }, { name: 'Sören Link', role: 'mayor', of: 'Duisburg', side: 'host' }],
      topics: ['urban_governance'],
    },
  },
  {
    id: 'de-16', lang: 'de', published: '2017-08-17',
    text: `Gäste aus Shenyang im Rathaus
Gelsenkirchen, 17.08.2017

Eine zwölfköpfige Delegation aus Shenyang hat am Mittwoch das Rathaus besucht. Empfangen wurden die Gäste von Oberbürgermeister Frank Baranowski. Leiter der Delegation war Vizebürgermeister Wang Ling. Gesprochen wurde über Umweltschutz und den Austausch von Auszubildenden.`,
    expect: {
      kind: 'meeting', date: '2017-08-16', location: 'Gelsenkirchen', cities: ['Gelsenkirchen', 'Shenyang'],
      participants: [{ name: 'Frank Baranowski', role: 'mayor', of: 'Gelsenkirchen', side: 'host' }, { name: 'Wang Ling', role: 'deputy_mayor', of: 'Shenyang', side: 'guest' }],
      topics: ['environment'],
    },
  },
  {
    id: 'de-17', lang: 'de', published: '2020-11-25',
    text: `Videokonferenz mit Ningbo
Karlsruhe, 25.11.2020

Oberbürgermeister Frank Mentrup und der Bürgermeister von Ningbo, Qiu Dongyao, haben sich am Dienstag in einer Videokonferenz über Klimaschutz und Digitalisierung ausgetauscht.`,
    expect: {
      kind: 'video_call', date: '2020-11-24', location: null, cities: ['Karlsruhe', 'Ningbo'],
      participants: [{ name: 'Frank Mentrup', role: 'mayor', of: 'Karlsruhe', side: null }, { name: 'Qiu Dongyao', role: 'mayor', of: 'Ningbo', side: null }],
      topics: ['green_low_carbon', 'digitalization'],
    },
  },
  {
    id: 'de-18', lang: 'de', published: '2019-04-05',
    text: `Oberbürgermeister bricht nach China auf
Münster, 05.04.2019

Oberbürgermeister Markus Lewe bricht am Sonntag zu einer einwöchigen Reise nach China auf. Erste Station ist Lianyungang, danach folgen Gespräche in Shanghai und Peking.`,
    expect: {
      kind: 'visit_announcement', date: '2019-04-07', end_date: null, location: null,
      participants: [{ name: 'Markus Lewe', role: 'mayor', of: 'Münster', side: 'guest' }],
      agreement_signed: false,
    },
  },
  {
    id: 'de-19', lang: 'de', published: '2022-09-16',
    text: `Rathaus empfängt Botschafterin
Hannover, 16.09.2022

Oberbürgermeister Belit Onay hat am Donnerstag die Botschafterin des Vereinigten Königreichs, Jill Gallard, im Neuen Rathaus begrüßt. Im Mittelpunkt standen Wasserstoff, Windenergie und der Austausch zwischen Hochschulen.`,
    expect: {
      kind: 'meeting', date: '2022-09-15', location: 'Hanover', cities: ['Hanover', 'United Kingdom'],
      participants: [{ name: 'Belit Onay', role: 'mayor', of: 'Hanover', side: 'host' }, { name: 'Jill Gallard', role: 'ambassador', of: 'United Kingdom', side: 'guest' }],
      topics: ['energy', 'education'],
    },
  },
  // ------------------------------------------------------------------ more English styles
  {
    id: 'en-14', lang: 'en', published: '2019-07-03',
    text: `Houston and Shenzhen deepen ties
Houston, July 3, 2019

A delegation from Shenzhen led by Vice Mayor Wang Lixin was welcomed at City Hall on Tuesday by Houston Mayor Sylvester Turner. The two sides discussed energy, health care and direct flights between the two cities.`,
    expect: {
      kind: 'meeting', date: '2019-07-02', location: 'Houston', cities: ['Houston', 'Shenzhen'],
      participants: [{ name: 'Wang Lixin', role: 'deputy_mayor', of: 'Shenzhen', side: 'guest' }, { name: 'Sylvester Turner', role: 'mayor', of: 'Houston', side: 'host' }],
      topics: ['energy', 'health'],
    },
  },
  {
    id: 'en-15', lang: 'en', published: '2024-03-15',
    text: `Minister visits Manchester
Manchester, March 15, 2024

China's Vice Minister of Commerce Ling Ji met Greater Manchester leaders on Thursday during a two-day visit to the city. Councillor Bev Craig, leader of Manchester City Council, said the city wanted more investment in advanced manufacturing and research.`,
    expect: {
      kind: 'meeting', date: '2024-03-14', location: 'Manchester',
      participants: [{ name: 'Bev Craig', role: 'legislator', of: 'Manchester', side: 'host' }, { name: 'Ling Ji', role: 'official', of: 'China', side: 'guest' }],
      topics: ['economy_trade', 'industrial_transformation', 'science_innovation'],
    },
  },
  // ------------------------------------------------------------------ more Chinese styles
  {
    id: 'zh-13', lang: 'zh', published: '2023-05-12',
    text: `市领导会见法国里昂市代表团
2023年5月12日

5月11日，副市长刘多在市政府会见了法国里昂市副市长玛丽·杜邦率领的代表团。双方就医药健康、职业教育等领域的合作深入交换了意见。市外办主任张明参加会见。`,
    expect: {
      kind: 'meeting', date: '2023-05-11', cities: ['Lyon'],
      participants: [{ name: '刘多', role: 'deputy_mayor', side: 'host' }, { name: '玛丽·杜邦', role: 'deputy_mayor', of: 'Lyon', side: 'guest' }, { name: '张明', role: 'official', side: 'host' }],
      topics: ['health', 'education'],
    },
  },
  {
    id: 'zh-14', lang: 'zh', published: '2018-11-07',
    text: `副市长会见芝加哥客人
2018年11月7日

昨天下午，市委常委、副市长吴清在沪会见了到访的美国芝加哥市副市长罗伯特·里维拉一行。吴清介绍了进博会筹备情况，欢迎芝加哥企业参与金融、物流和医疗健康领域的合作。`,
    expect: {
      kind: 'meeting', date: '2018-11-06', location: 'Shanghai', cities: ['Chicago', 'Shanghai'],
      participants: [{ name: '吴清', role: 'deputy_mayor', of: 'Shanghai', side: 'host' }, { name: '罗伯特·里维拉', role: 'deputy_mayor', of: 'Chicago', side: 'guest' }],
      topics: ['economy_trade', 'ports_logistics', 'health'],
    },
  },
  {
    id: 'zh-15', lang: 'zh', published: '2021-04-22',
    text: `天津市长会见韩国仁川市代表团
2021年4月22日

4月21日，天津市市长廖国勋会见了以仁川市市长朴南春为团长的代表团。双方表示，将在港口航运、旅游和青少年交流等方面深化合作。`,
    expect: {
      kind: 'meeting', date: '2021-04-21', location: 'Tianjin', cities: ['Incheon', 'Tianjin'],
      participants: [{ name: '廖国勋', role: 'mayor', of: 'Tianjin', side: 'host' }, { name: '朴南春', role: 'mayor', of: 'Incheon', side: 'guest' }],
      topics: ['ports_logistics', 'tourism', 'youth'],
    },
  },
];
