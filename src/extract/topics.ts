// Topic keyword lexicons per language → taxonomy codes (PRODUCT.md / GUIDE.md topic table).
// Keywords count only in sentences that talk about cooperation or exchange between the parties.
import type { TopicCode } from '../domain/taxonomy.ts';
import { LATIN_LETTERS } from './titles.ts';
import type { Lang, Span } from './types.ts';

type Lex = Array<[TopicCode, string]>;

// German: word-start matching, case-insensitive; compounds are caught by prefix ("Wirtschafts-").
const DE: Lex = [
  ['ai_governance', 'Verwaltung künstlicher Intelligenz|Regulierung künstlicher Intelligenz|KI-Governance|KI-Regulierung|Governance (?:der |von )?künstlicher Intelligenz'],
  ['digitalization', 'Digitalisierung|digitale[nrs]? (?:Transformation|Wirtschaft|Wandel)|Digitalwirtschaft|Digital\\w*|künstliche[nr]? Intelligenz|KI\\b|Informationstechn\\w*|IT-\\w+'],
  ['smart_city', 'Smart[- ]City|intelligente[nr]? Stadt|(?<=städtische[nr]? (?:Digitalisierung,? (?:und )?)?)Intelligenz|Stadtintelligenz'],
  ['green_low_carbon', 'Klimaschutz\\w*|Klima\\w*|grüne[nr]? (?:Transformation|Umbau|Entwicklung|Wandel)|(?:grünen und )?kohlenstoffarm\\w*|CO2-\\w+|Dekarbonisierung|Emissionsminderung|Klimaneutralität|grüner? Transformation'],
  ['industrial_transformation', 'Industrie\\w*|Strukturwandel|Elektrotechnik|Maschinenbau|Autoindustrie|Autozuliefer\\w*|Fahrzeugbau|Elektroauto\\w*|Transformation und Aufwertung der Unternehmen|Automobil\\w*|Fertigung|Luftfahrt|Elektromobilität|E-Mobilität'],
  ['urban_governance', 'Stadtentwicklung|Stadtplanung|Stadtverwaltung|städtische\\w* (?:Fein)?[Mm]anagement\\w*|Feinmanagement\\w*|urbane\\w* Mobilität|Bürgerbeteiligung|Mitsprache der Bürger\\w*|Bürgerinnen und Bürger an Planungen|Stadtmanagement|Stadterneuerung|Städtebau|Verkehrswende|Mobilitätswende|Nahverkehr\\w*|ÖPNV|öffentliche\\w* (?:Personen)?[Nn]ahverkehr\\w*|Quartiersentwicklung|Innenstadtentwicklung|städtische\\w* Infrastruktur|kommunale\\w* Infrastruktur|Stadtinfrastruktur'],
  ['elderly_care', 'Altenpflege|Seniorenpflege|Pflege älterer|Altenhilfe|Alterung'],
  ['health', 'Gesundheit\\w*|Medizin\\w*|Krankenh(?:aus|äus)\\w*|Biomedizin|Pharma\\w*|medizinisch\\w*'],
  ['education', 'Bildung\\w*|Hochschul\\w*|Schüler\\w*|Studierende\\w*|Studenten|Universität\\w*|Schulen|Schulaustausch|duale\\w* Ausbildung|Auszubildende\\w*|Azubis?|Berufsbildung|Berufsausbildung|Ausbildung|Schulpartnerschaft\\w*'],
  ['culture', 'Kultur\\w*|Kunst|Künstler\\w*|Museen|Theater|Festival|Kulturfest|Musik\\w*|Orchester\\w*|Kulturerbe\\w*'],
  ['youth', 'Jugend\\w*|junge\\w* Leute\\w*|junge\\w* Menschen|Jugendliche\\w*|junge[nr]? (?:Erwachsene|Klimaschütz\\w*|Unternehmer\\w*|Gründer\\w*|Talente|Generation)'],
  ['economy_trade', 'Wirtschaft\\w*|Handel\\w*|Export\\w*|Investition\\w*|Investoren|investier\\w*|Finanz\\w*|Außenhandel|Freihandel\\w*|Unternehmen aus|Ansiedlung'],
  ['science_innovation', 'Wissenschaft\\w*|Forschung\\w*|Technik|Technologie\\w*|Innovation\\w*|Hightech'],
  ['energy', 'Energie\\w*|Windkraft|Wasserstoff'],
  ['environment', 'Umwelt\\w*|Hochwasserschutz|Abfall\\w*|Ökologie|Gewässerschutz|Luftreinhaltung'],
  ['people_to_people', 'humanistische\\w* (?:Austausch|Kommunikation)|persönliche\\w* Austausch|Begegnungen der Menschen|Bürgerbegegnung\\w*|zwischenmenschliche\\w*|Austausch zwischen den Menschen|Völkerverständigung|Expert(?:en|innen)\\w*|Fachleute\\w*|Journalist(?:en|innen)|Bürgeraustausch|gegenseitige\\w* Verständnis\\w*'],
  ['ports_logistics', 'Häfen|Hafen(?!stadt)\\w*|Logistik\\w*|Fracht\\w*|Luftfracht\\w*|Direktflug\\w*|Direktverbindung\\w*|Flugverbindung\\w*|Schifffahrt\\w*|Seeverkehr|Güterzug\\w*|Bahnverbindung\\w*|Schienengüter\\w*'],
  ['tourism', 'Tourismus\\w*|Touristen|Fremdenverkehr'],
  ['sports', 'Sport\\w*|Olympi\\w*|Fußball\\w*|Wintersport\\w*'],
  ['human_rights', 'Menschenrecht\\w*'],
];

const EN: Lex = [
  ['ai_governance', 'AI governance|governance of (?:artificial intelligence|AI)|AI regulation'],
  ['digitalization', 'digital econom\\w*|digital\\w*|IT\\b|information technology|artificial intelligence|AI\\b'],
  ['smart_city', 'smart[- ]cit(?:y|ies)'],
  ['green_low_carbon', 'climate|green (?:transformation|development|transition|growth)|green(?= (?:shipping|ports?|corridors?))|low[- ]carbon|emission cuts?|carbon neutral\\w*|decarboni\\w*|emissions?'],
  ['industrial_transformation', 'industr\\w*|manufactur\\w*|car industry|automotive|auto parts|auto industry|automakers?|car (?:parts|makers?)|electric vehicles?|aerospace|aviation'],
  ['urban_governance', 'urban (?:governance|planning|renewal|management|development|transport|mobility|infrastructure|regeneration)|city management|govern themselves|way cities are run|city planning|city cent(?:re|er) regeneration|public transport|public transit|waterfront districts?|municipal know-how'],
  ['elderly_care', 'elderly care|ageing|aging|care for the elderly|senior care'],
  ['health', 'health\\w*|medicine|medical|biomedic\\w*|pharma\\w*|hospitals?'],
  ['education', 'education\\w*|universit(?:y|ies)|students?|schools?|academic exchange|vocational training|apprentic\\w*|skills training'],
  ['culture', 'cultur\\w*|arts?\\b|heritage|artists?|music\\w*|museums?|orchestras?'],
  ['youth', 'youth|young people|youngsters'],
  ['economy_trade', 'econom\\w*|trade|export\\w*|imports?|investment\\w*|invest\\w*|financ\\w*|fintech|free trade|business|insurance'],
  ['science_innovation', 'science\\w*|scientific|research|(?<!digital (?:[a-z]+ )?)technolog\\w*|innovation\\w*|high-tech'],
  ['energy', 'energy|wind power|hydrogen|solar'],
  ['environment', 'environment\\w*|ecolog\\w*|pollution|waste'],
  ['people_to_people', 'people-to-people|citizen diplomacy|exchanges? between (?:the )?(?:people|citizens)|mutual understanding|experts|journalists|citizens'],
  ['ports_logistics', 'ports?\\b|shipping|logistics|rail (?:transport|freight|link)|connectivity|freight|cargo|direct flights?|air links?|air connections?|air routes?|flight connections?'],
  ['tourism', 'touris\\w*'],
  ['sports', 'sports?\\b|olympic\\w*|football'],
  ['human_rights', 'human rights'],
];

const ZH: Lex = [
  ['ai_governance', '人工智能治理'],
  ['digitalization', '数字化|数字经济|信息技术|人工智能|数字'],
  ['smart_city', '智慧城市|城市智能化'],
  ['green_low_carbon', '绿色低碳|绿色发展|绿色转型|绿色航运|绿色港口|绿色交通|碳中和|碳达峰|低碳|减排|气候'],
  ['industrial_transformation', '产业转型|产业发展|先进制造|智能制造|智能装备|高端装备|汽车|新能源汽车|航空|工业园区|制造业|产业'],
  ['urban_governance', '城市治理|城市规划|城市建设|城市管理|城市基础设施|城市更新'],
  ['elderly_care', '养老|老龄化'],
  ['health', '卫生健康|医疗|医药|生物医药|健康产业|卫生'],
  ['education', '教育|高校|学生|留学'],
  ['culture', '文化|艺术|中国节|音乐|文物|博物馆'],
  ['youth', '青少年|青年|年轻人'],
  ['economy_trade', '经贸|商贸|投资|金融|金融科技|自贸区|贸易|营商|经济|出口|进口'],
  ['science_innovation', '科技创新|科技|高新技术|创新'],
  ['energy', '新能源|能源|氢能|清洁能源|光伏|风电'],
  ['environment', '生态环境|环保|垃圾处理|环境保护|生态'],
  ['people_to_people', '人文交流|人文|人员往来|民心相通|民间外交|人员交流|民间交流|民间往来|民间交往|专家|学者'],
  ['ports_logistics', '港口|物流|航运|中欧班列|班列|货运|直航|航线'],
  ['tourism', '旅游'],
  ['sports', '体育|奥运|冬奥|冰雪运动|足球'],
  ['human_rights', '人权'],
];

// sentence cues: cooperation, exchange, discussion
const CUE: Record<Lang, RegExp> = {
  de: /(Zusammenarbeit|Kooperation|Austausch|austausch|tauschten|auszubauen|ausbauen|vertiefen|verstärken|stärken|fördern|Gespräch|ging es|sprachen|diskutiert|Säulen|Bereiche|gemeinsam|geteilt|teilen|Partnerschaft|Impulse|Projekte|Programm|Standort für Investoren|zu vertiefen|Schwerpunkt|Them(?:a|en)\b|(?:warb|wirbt|werben|warben) (?:für|um)\b|spielte\w* [^.]{0,40}Rolle|befass|widme|im Mittelpunkt|vereinbart|sprachen über|Gesprochen wurde|drehte|beraten|erörtert|ausgetauscht|Fokus|Vereinbarung|Abkommen|Absichtserklärung|Memorandum|umfasst|sieht .{0,80} vor|zusammenarbeiten|zusammengearbeitet|arbeiten .{0,60}zusammen|wolle|möchte|wünsch|schlug|vorgeschlagen|regte)/i,
  en: /(cooperat|collaborat|exchange|ties\b|partner|work with|working with|expand|deepen|strengthen|promote|talks|discuss|areas|fields|invest|welcome|links between|joint|together|relationship|help|share|talk|focus|theme|agreed|hoped|ready to|agreement|memorandum|MoU|covers?\b|pledged|propos|wanted|wants|would like|seek|looked forward|looks forward)/i,
  zh: /(合作|交流|领域|方面|加强|深化|推动|拓展|扩大|促进|愿|交换了看法|谈到|投资|往来|对接|借鉴|携手|共同|营商环境|相通|主题|围绕|意见|看法|希望|协议|备忘录|涵盖|务实|提议|建议)/,
};
// sentence vetoes: program items, self-description
const VETO: Record<Lang, RegExp> = {
  de: /(Besucht wurden|Vorgesehen sind|besichtigt|Termin beim|Sitz in|leben hier|eingeschrieben)/,
  en: /(toured|visited a|site visit|is home to|hosts roughly)/i,
  zh: /(走访了|参观了|考察了|高度集中|得天独厚)/,
};

export interface TopicHit { code: TopicCode; span: Span; keyword: string; sentence: number }

// German compounds name their field last: "Nachhaltigkeitsforschung" (research), "Hafenlogistik" (logistics)
// (the head must follow at least three letters of the same word: checked in findTopics, a literal-first pattern is fast)
const DE_HEADS: Array<[TopicCode, RegExp]> = [
  ['science_innovation', /(?:forschung|technologie)\w*/gi],
  ['education', /(?:bildung|ausbildung)\w*/gi],
  ['ports_logistics', /(?:logistik)\w*/gi],
  ['health', /(?:medizin)\w*/gi],
];
const LETTER = /\p{L}/u;
interface Lexicon { combined: RegExp; codes: TopicCode[]; heads: Array<[TopicCode, RegExp]> }
const compiled = new Map<Lang, Lexicon>();
/** One alternation for the whole lexicon (a group per code, in lexicon order: at one position the earlier code wins),
 *  plus the German compound heads. */
function lex(lang: Lang): Lexicon {
  let c = compiled.get(lang);
  if (c) return c;
  const src = lang === 'de' ? DE : lang === 'en' ? EN : ZH;
  // English: case-sensitive so that "IT"/"AI" are not "it"/"ai"; a lowercase first letter also matches its capital
  const en = (pat: string) => pat.replace(/(^|\|)([a-z])/g, (_m, a: string, b: string) => `${a}[${b}${b.toUpperCase()}]`);
  const alt = src.map(([, pat], i) => `(?<c${i}>${lang === 'en' ? en(pat) : pat})`).join('|');
  const combined = lang === 'zh' ? new RegExp(alt, 'g') : lang === 'en' ? new RegExp(`(?<![${LATIN_LETTERS}])(?:${alt})`, 'g') : new RegExp(`(?<![${LATIN_LETTERS}])(?:${alt})`, 'gi');
  c = { combined, codes: src.map(([code]) => code), heads: lang === 'de' ? DE_HEADS : [] };
  compiled.set(lang, c);
  return c;
}

// keywords that name a company type or a venue rather than a field
const ZH_NOT_FIELD = /^(企业|公司|园|馆|中心|部|局|厅|委)/;
const EN_NOT_FIELD = /^\s*(compan|firm|group|giant|conglomerate)/i;

// who travels is not what is discussed: "eine Delegation aus Wirtschaft und Wissenschaft", "a delegation of business
// leaders", "trade mission", "经贸代表团"
const COMPOSITION: Record<Lang, RegExp> = {
  de: /((?:Wirtschafts|Unternehmer|Handels|Unternehmens)(?:delegation|reise)\w*|Delegation\s+(?:aus|von|mit)\s+(?:Vertreter(?:inne)?n\s+(?:aus|der|von)\s+)?(?:\p{L}+(?:,\s*|\s+(?:und|sowie)\s+)){0,4}\p{L}+)/gu,
  en: /((?:business|trade|economic|investment|industry) (?:delegation|mission)s?|delegation of (?:\w+ ){0,3}(?:leaders|representatives|executives|people)|delegation (?:from|of) (?:\w+,? ){0,4}(?:and )?\w+ (?:leaders|representatives))/gi,
  zh: /((?:经贸|商务|企业|工商)(?:代表团|考察团|访问团))/g,
};

// a job's portfolio is not a field of cooperation: "Deputy Mayor for Economic and Workforce Development", "Minister for
// Trade", "Senator für Wirtschaft"
const PORTFOLIO: Record<Lang, RegExp | null> = {
  de: /(?:Minister\w*|Senator\w*|Beigeordnete\w*|Dezernent\w*|Staatssekretär\w*|Bürgermeister\w*)\s+für\s+(?:\p{L}+(?:,\s*|\s+(?:und|sowie)\s+|\s+)){0,4}\p{L}+/gu,
  en: /(?:Mayor|Minister|Secretary|Commissioner|Senator|Director|Councillor|Councilor|Chair|Chairman)s?\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:,?\s+(?:and|&)\s+|\s+)){0,4}[A-Z][\w-]*/g,
  zh: null,
};

// organisation names are not fields: "Industrie- und Handelskammer", "Chamber of Commerce", "商会"
const ORG_NAMES: Record<Lang, RegExp> = {
  de: /(Industrie- und Handelskammer|Handelskammer|Handwerkskammer|Wirtschaftsförderung\w*)/g,
  en: /(Chamber of Commerce|Chamber of Industry and Commerce|Import Expo|Economic Forum)/g,
  zh: /(商会|总商会|商务部|贸促会)/g,
};

/** Topic keywords in the qualifying sentences. Each lexicon pattern runs once over the whole text; matches are
 *  assigned to their sentence (binary search), so a document costs one pass per pattern, not one per sentence. */
export function findTopics(text: string, lang: Lang, sentences: Array<{ start: number; end: number; text: string; isHeadline?: boolean; bodyIndex?: number }>, eligible: (i: number) => boolean, masked: Span[] = []): TopicHit[] {
  const hits: TopicHit[] = [];
  const L = lex(lang);
  const ok = sentences.map((s, si) => eligible(si) && (CUE[lang].test(s.text) || !!s.isHeadline || s.bodyIndex === 0) && !VETO[lang].test(s.text));
  if (!ok.some(Boolean)) return hits;
  const sentAt = (pos: number): number => {
    let lo = 0, hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = sentences[mid]!;
      if (pos < x.start) hi = mid - 1; else if (pos >= x.end) lo = mid + 1; else return mid;
    }
    return -1;
  };
  const taken: Array<Array<[number, number]>> = sentences.map(() => []);
  const mask = (a: number, b: number) => { const si = sentAt(a); if (si >= 0 && ok[si]) taken[si]!.push([a, b]); };
  let m0: RegExpExecArray | null;
  for (const re of [ORG_NAMES[lang], PORTFOLIO[lang], COMPOSITION[lang]]) {
    if (!re) continue;
    re.lastIndex = 0;
    while ((m0 = re.exec(text))) { if (!m0[0].length) { re.lastIndex++; continue; } mask(m0.index, m0.index + m0[0].length); }
  }
  // job titles are not fields: "Wirtschaftsminister", "Minister for Trade", "文化局局长"
  for (const [a, b] of masked) mask(a, b);
  const masks = taken.map((t) => t.length);
  const consider = (code: TopicCode, a: number, b: number, keyword: string, head: boolean) => {
    const si = sentAt(a);
    if (si < 0 || !ok[si]) return;
    const s = sentences[si]!;
    if (b > s.end) return;
    const tk = taken[si]!;
    // compound heads ("Wasserstoffforschung": research as well as hydrogen) may overlap a keyword, not a mask
    if ((head && /forschung/i.test(keyword) ? tk.slice(0, masks[si]) : tk).some(([x, y]) => a < y && b > x)) return;
    if (head && hits.some((h) => h.code === code && h.sentence === si)) return;
    const follow = text.slice(b, Math.min(s.end, b + 12));
    if (lang === 'zh' && ZH_NOT_FIELD.test(follow)) return;
    if (lang === 'en' && EN_NOT_FIELD.test(follow)) return;
    if (lang === 'de' && /^(konzern|unternehmen|firma)/i.test(follow)) return;
    tk.push([a, b]);
    hits.push({ code, span: [a, b], keyword, sentence: si });
  };
  const { combined, codes, heads } = L;
  combined.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = combined.exec(text))) {
    if (!m[0].length) { combined.lastIndex++; continue; }
    const g = m.groups!;
    let code: TopicCode | undefined;
    for (let k = 0; k < codes.length; k++) if (g[`c${k}`] !== undefined) { code = codes[k]; break; }
    if (code) consider(code, m.index, m.index + m[0].length, m[0], false);
  }
  for (const [code, re] of heads) {
    re.lastIndex = 0;
    while ((m = re.exec(text))) {
      if (!m[0].length) { re.lastIndex++; continue; }
      // the whole compound word is the keyword ("Wasserstofftechnologien")
      let a = m.index;
      while (a > 0 && LETTER.test(text[a - 1]!)) a--;
      if (m.index - a < 3) continue;
      consider(code, a, m.index + m[0].length, text.slice(a, m.index + m[0].length), true);
    }
  }
  hits.sort((x, y) => x.sentence - y.sentence || x.span[0] - y.span[0]);
  return hits;
}
