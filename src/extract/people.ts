// People next to titles, in de / en / zh. Produces person records with every mention (span), the
// title(s) found for them, the place or organisation they represent, and modifiers (former, national).
import { pinyin } from 'pinyin-pro';
import type { RoleCode } from '../domain/taxonomy.ts';
import { stateOfAdjective, type Gazetteer, type PlaceMatch } from './gazetteer.ts';
import type { Sentence } from './text.ts';
import { findTitles, ROLE_RANK, type TitleMatch, type TitleRole } from './titles.ts';
import type { Lang, Span } from './types.ts';

export interface TitleEvidence {
  role: RoleCode;
  rawRole: TitleRole;
  span: Span;
  of: string | null;
  ofKind: 'place' | 'country' | 'org' | null;
  ofSpan: Span | null;
  /** Country from a demonym or "中国驻…" (sender country of diplomats). */
  country: string | null;
  former: boolean;
  national: boolean;
  /** "Generalkonsul in München", "中国驻杜塞尔多夫总领事": where a diplomat is posted (not where the event is). */
  postingSpan?: Span | null;
  /** The title as listed in the lexicon ("Premier", "Oberbürgermeister", "副省长"). */
  surface?: string;
}

export interface Mention { span: Span; sentence: number; full: boolean }

export interface Person {
  name: string;
  mentions: Mention[];
  titles: TitleEvidence[];
  /** Short forms the text uses for this person (surname, transliteration tail). */
  shortForms: string[];
}

const NAME_TOKEN = "(?:Mc|Mac|O['’]|D['’])?\\p{Lu}[\\p{Ll}\\p{M}’']*\\p{Ll}(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}?[\\p{Ll}\\p{M}]+)*";
const PARTICLE = '(?:von der|van der|van den|von|van|de|da|di|bin|zu|al|dos)';
/** Words that end a minister's portfolio ("Minister for Trade and Industry", "Minister of Foreign Affairs"). */
const PORTFOLIO_WORD = /^(Trade|Industry|Affairs|Transport|Finance|Health|Education|Culture|Defen[cs]e|Justice|Tourism|Energy|Environment|Development|Economy|Agriculture|Labou?r|Infrastructure|Communications|Information|Commerce|Investment|Planning|Housing|Science|Technology|Innovation|Sports?|Security|Interior|Welfare|Resources|Employment|Manpower|Works|Youth|Heritage)$/;
const HONORIFIC = '(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame|Herr|Frau|H\\.\\s?E|Mag|Dipl\\.-Ing|Ing|Cllr|Cr|Councillor|Hon|Rt Hon|The Hon|Shri|Smt|Shrimati|Sri|Datuk|Dato|Tan Sri|(?:His|Her|Their) Excellency|Excellency|S\\.\\s?E)\\.?\\s+)';
/** Descriptors before a company's name ("of the French energy management group Schneider Electric", "des
 *  Medizintechnikherstellers Yuwell"): skipped after a title, and they make a single following word a company's name. */
const COMPANY_NOUNS_EN = 'group|company|firm|maker|manufacturer|giant|conglomerate|carrier|operator|developer|insurer|retailer|supplier|producer|automaker|carmaker|chipmaker';
const COMPANY_NOUNS_DE = 'herstellers|konzerns|unternehmens|zulieferers|anbieters|betreibers|versicherers|produzenten';
const COMPANY_DESCRIBED = new RegExp(`(?:${COMPANY_NOUNS_EN}|${COMPANY_NOUNS_DE})\\s+$`, 'i');
/** What may stand between "of"/"von" after a title and its place or organisation: company descriptors, "Stadt",
 *  "Partnerstadt", "Volksrepublik", adjectives, "city of". */
const TITLE_OF_SKIP = new RegExp(String.raw`^(?:(?:[\p{Ll}-]+\s+){0,3}(?:${COMPANY_NOUNS_EN})\s+(?=\p{Lu})|\p{Lu}\p{Ll}+(?:${COMPANY_NOUNS_DE})\s+(?=\p{Lu})|` + String.raw`(?:(?:Stadtregierung|Stadtverwaltung|Provinzregierung|Regierung|Volksregierung)(?:\s+(?:von|der Stadt|der Provinz))?|Stadt|Landeshauptstadt|Hansestadt|Freien und Hansestadt|Partnerstadt|Partnerprovinz|Partnerregion|Partnerkommune|Partnergemeinde|Partnerlande?s|Partnerstaate?s|Freundschaftsstadt|Schwesterstadt|Staate?s|\p{Lu}\p{Ll}+stadt|Metropole|[\p{Lu}\p{Ll}]+-[\p{Ll}]+e[nrs]?|sister city|partner city|twin city|Provinz|Freistaate?s?|Bundeslande?s?|(?:US-)?Bundesstaate?s?|Lande?s|State of|state of|Prefecture of|prefecture of|Volksrepublik|Bundesrepublik|Republik|city of|City of|province of|Province of|municipality of|Municipal|People's Republic of|[\p{Lu}][\p{Ll}]+\s+(?:capital|port city|city)(?:\s+of)?|capital|port city|[\p{Ll}-]+e[nrs]?|British|Chinese|German|American|French)\s+)*`, 'u');
/** A second role after an organisation's name ("Präsident der Zhejiang Ocean University und Mitglied der Delegation"). */
const SECOND_ROLE = /\s+(?:und|and)\s+(?:Mitglied|Mitglieder|Leiter|Leiterin|Chef|Chefin|Gründer|Gründerin|member|head|founder|chair)\b.*$/;
const NAME_TOKEN_ONLY = new RegExp(`^${NAME_TOKEN}$`, 'u');
/** Head nouns that end a body's name; what follows them in a capitalised run is a person. */
const ORG_HEADS = 'Government|Committee|Council|Office|Commission|Bureau|Department|Congress|Assembly|University|Institute|Academy|Association|Chamber|Corporation|Company|Group|Foundation|Bank|Ministry|AG|GmbH|SE';
const ORG_HEAD = new RegExp(`^(?:${ORG_HEADS})$`);
const ORG_THEN_NAME = new RegExp(`^(.*\\b(?:${ORG_HEADS}))\\s+((?:[\\p{Lu}][\\p{L}'’-]+\\s+){1,2}[\\p{Lu}][\\p{L}'’-]+)$`, 'u');
/** "the Shanghai Municipal Government Zhuang Muyang" → "the Shanghai Municipal Government": the words after a body's head
 *  noun are its holder's name when they are name-like and name no place or college ("University College Cork" stays whole). */
function withoutHolder(org: string, gaz: Gazetteer): string {
  const held = ORG_THEN_NAME.exec(org);
  if (!held) return org;
  const name = held[2]!.split(/\s+/).every((w) => NAME_TOKEN_ONLY.test(w) && !ORG_HEAD.test(w) && !/^(?:College|School|Hospital|Centre|Center|Port|Airport)$/.test(w) && !gaz.lookup(w));
  return name ? held[1]! : org;
}
/** "(die Vizebürgermeisterin) der Hauptstadt der Provinz Shanxi", "the capital of Shanxi province": a region named as the
 *  place whose capital is meant (`between`: the text from the title to the place). */
function capitalMeant(pl: PlaceMatch, between: string, gaz: Gazetteer): PlaceMatch {
  if (pl.place.kind !== 'region' || !pl.place.capital || !/\b(?:Hauptstadt|Provinzhauptstadt|Landeshauptstadt|capital)\b/.test(between)) return pl;
  const cap = gaz.lookup(pl.place.capital);
  return cap ? { ...pl, place: cap } : pl;
}
const HONORIFIC_LEAD = new RegExp(`^${HONORIFIC}+`, 'u');
const LATIN_NAME = new RegExp(`^${HONORIFIC}*((?:\\p{Lu}\\.\\s?)?${NAME_TOKEN}(?:\\s+\\p{Lu}\\.)?(?:\\s+(?:${PARTICLE}\\s+)?${NAME_TOKEN}){1,2})`, 'u');

// capitalised words that never start or continue a person name
const NOT_NAME = new Set(`Der Die Das Den Dem Des Ein Eine Im In Am An Auf Mit Und Oder Bei Nach Vor Seit Für Über Unter Als Wie Auch
The A An And Of In On At For With From By To As His Her Their This That These Those Also Present Joining During After Before
Mayor Lord First Vice Deputy Party Secretary President Premier Minister Chancellor Ambassador Consul General Governor Chairman
Delegation Stadt City Town Rathaus Hall Gäste Gast Guest Guests Partnerstadt Partnerstädte Chinese German American British
Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Monday Tuesday Wednesday Thursday Friday Saturday Sunday
Januar Februar März Mai Juni Juli September Oktober November Dezember January February March July October December
Oberbürgermeister Oberbürgermeisterin Bürgermeister Bürgermeisterin Herr Frau Dr Prof Heute Gestern Morgen Today Yesterday
Volksrepublik Republik Bundesrepublik Deutschland China Europa Europe Asia Asien Shanghai Beijing Peking Köln Cologne
Internationale International Office Büro Amt Foreign Affairs Auswärtiges Government Regierung Municipal Committee Council
Summit Forum Conference Konferenz Expo Messe University Universität Institute Institut Group Company Gruppe Sons Co Ltd Inc
Während Damit Dabei Danach Zudem Außerdem However Meanwhile Both Beide Zwei Two Three Drei Welcome Willkommen
Per Video Online Besuch Visit Delegation Gespräch Treffen Empfang News Council Rathaus Partnerschaft Partnership
Mr Mrs Ms Mx Miss Sir Dame Cllr Councillor Professor Lady
Meets Welcomes Visits Signs Hosts Receives Holds Calls Talks Says Urges Leads Opens Joins Marks Attends Eyes Seeks Pledges Backs Tours Accompanies Addresses Inspects Congratulates Presents Promotes Discusses Launches Greets Thanks Celebrates Honours Honors Briefs
Pays Meet Visit Hold Sign County Zum Zur Beim Vom College School Academy Eastern Western Northern Southern European Asian African
Vier Fünf Sechs Sieben Acht Neun Zehn Elf Zwölf Zwanzig Dreißig Vierzig Fünfzig Hundert Jahre Jahren Jahr Monate Wochen Tage
Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty Fifty Hundred Years Year Months Weeks Days`.split(/\s+/));
/** Given names that are also place names: "Charlotte Knobloch" is a person. */
const GIVEN_NAME_PLACES = new Set('London Charlotte Victoria Florence Austin Eugene Lincoln Jackson Regina Adelaide Alexandria Madison Sydney Orlando Marion Augusta Georgia Virginia Carolina Elizabeth Beatrice Salem Chester Clifton Preston Milton Helena Sofia Aurora Paris Dallas Denver Savannah Troy Vienna Lima Florian Santiago Valencia Lorenzo Jordan Israel'.split(' '));
/** Last words of event, body and place names, never of a person's ("Paralympic Games", "Lantern Festival", "Water Management"). */
const NOT_NAME_TAIL = new Set(`Games Olympics Festival Fair Expo Forum Summit Conference Congress Award Awards Cup Championship Championships Garden Gardens
Park Street Square Hall Centre Center Port Airport University College School Institute Museum Bank Group Company Association Day Week Year
Management Affairs Development Committee Council Commission Office Department Ministry Agency Authority Board Foundation Trust Society
Economics Studies Research Program Programme Project Initiative Railway Express Line Bridge Tower Hotel Stadium Arena Messe Woche Tage
Infrastructure Transport Trade Education Health Environment Finance Economy Tourism Culture Energy Industry Innovation Technology Sciences Schools`.split(/\s+/));

const MONTHS = new Set('Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember January February March June July October December'.split(' '));
const ZH_SURNAMES = new Set(('施凌童季覃滕柴耿褚庞牛詹岳尚邢霍甘翟阎辛聂骆乔葛温蓝洪鲁屈谷阮祁柯房纪缪舒蒲庄苗裴符卞艾伍朴申权柳王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤殷俞穆应诸葛欧阳司马上官').split(''));
// words that follow a name and so never hold its third character ("林克通过视频连线")
const ZH_AFTER_NAME = /^(访问|访华|访德|访日|拜会|拜访|发来|副|市长|市委|省长|省委|总领事|总经理|总裁|同[^志学乡事]|跟|座谈|举行|会谈|会见|共同|一同|通过|视频|主持|认为|强调|作为|同时|率先|视察|调研|带领|一起|亲切|热情|专程|特别|当天|随后|首先|还|均|介绍)/;
const ZH_JP_STOP = new Set('在会率与及等的了于对向是将已曾称说表指陪参谈就并被把给让从由举进签视致见访为同出一'.split(''));
const ZH_SURNAMES_TRANSLIT = new Set('施凌童季滕柴耿褚庞牛詹岳尚邢霍甘翟阎辛聂骆乔葛温蓝洪鲁屈谷阮祁柯房纪缪舒蒲庄苗裴符卞艾伍'.split(''));
const ZH_COMPOUND = ['诸葛', '欧阳', '司马', '上官', '司徒', '东方', '夏侯', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '令狐'];
// characters that end a Chinese name (verbs, particles, conjunctions, honorifics)
const ZH_STOP = new Set('作有在会率与和及等以也还的了于对向到是将已曾称说表指介祝代希感欢出陪参谈发一本近今昨前日月年博先女主教院士专亲共就首并随别提受与再又均则即都就对此该其所被把给让从由给共等举进签视致互交讲听观考走抵赴回领应邀分'.split(''));

const BETWEEN_OK = new Set(['der', 'die', 'das', 'den', 'the', 'a', 'an', 'who', 'is', 'serves', 'served', 'as', 'was', 'damals', 'heute',
  'derzeit', 'currently', 'now', 'also', 'then', 'former', 'seit', 'kurzem', 'frühere', 'ehemalige', 'und', 'and', 'of', 'von', 'communist', 'cpc']);

// characters that never occur inside a transliterated foreign name (乌尔里希 has 希, which ZH_STOP lists)
const ZH_DOT_BREAK = new Set('在会率与和及等的了于对向是将已曾称说表指陪参谈就并被把给让从由举进签视致见访为同'.split(''));
const ZH_NOT_START = new Set('兼视举进先还也都就再又们等一两二三四五六七八九十几各多众该本全其表在与和及说的率会对为是将已曾从由向于被把并而但且此这那每某所各邀出参致访赴感围'.split(''));

const PRONOUN_REF = /^(er|sie|he|she|his|her|ihr|sein|seine|ihre|他|她)$/i;

export interface PeopleContext {
  text: string;
  lang: Lang;
  sentences: Sentence[];
  places: PlaceMatch[];
  gaz: Gazetteer;
}

function sentenceAt(sentences: Sentence[], pos: number): number {
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1; else if (pos >= s.end) lo = mid + 1; else return mid;
  }
  return Math.max(0, Math.min(sentences.length - 1, lo));
}

function placeEndingAt(places: PlaceMatch[], end: number, slack = 0): PlaceMatch | undefined {
  for (let i = places.length - 1; i >= 0; i--) {
    const p = places[i]!;
    if (p.span[1] <= end && p.span[1] >= end - slack) return p;
    if (p.span[1] < end - slack) break;
  }
  return undefined;
}
/** Index of the first place starting at or after pos (places are sorted by start). */
function firstPlaceFrom(places: PlaceMatch[], pos: number): number {
  let lo = 0, hi = places.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (places[mid]!.span[0] < pos) lo = mid + 1; else hi = mid; }
  return lo;
}
function placeStartingAt(places: PlaceMatch[], start: number, slack = 0): PlaceMatch | undefined {
  const p = places[firstPlaceFrom(places, start)];
  return p && p.span[0] <= start + slack ? p : undefined;
}

/** "Henriette Reker (parteilos), Oberbürgermeisterin …": the name before a parenthetical and a comma. Returns a match-like
 *  array whose index is relative to `from`, like the plain pattern's. */
function parenNameBefore(text: string, from: number, to: number): RegExpExecArray | null {
  const w = text.slice(from, to);
  const pm = /((?:\p{Lu}\.\s?)?\p{Lu}[\p{L}\p{M}’'\-]*(?:\s+\p{Lu}\.)?(?:\s+(?:von|van|de|der|da|di|le|bin|zu)?\s*\p{Lu}[\p{L}\p{M}’'\-]*){1,2})\s*\([^()]{1,40}\),\s+(?:(?:der|die|das|den|the|a|an)\s+)?(?:[\p{L}'’.-]+\s+){0,3}$/u.exec(w);
  if (!pm) return null;
  // rebuild as "NAME, rest" so that the caller's checks on the words between apply
  const rest = w.slice(pm.index + pm[0].length - (pm[0].length - pm[0].indexOf(',') - 1));
  const fake = Object.assign([pm[1]! + ',' + rest, pm[1]!], { index: pm.index, input: w, groups: undefined }) as unknown as RegExpExecArray;
  return fake;
}

/** Singapore, Monaco: a city that is its own country. */
const cityState = (p: { kind: string; name: string; country: string | null }) => p.kind === 'city' && !!p.country && p.country === p.name;

/** Capitalised words before a business title that are not a company name. */
const COMPANY_LEAD_STOP = new Set(['The', 'A', 'An', 'Former', 'Then', 'New', 'Acting', 'Interim', 'Vice', 'Deputy', 'Chief', 'Executive', 'Senior', 'Its', 'His', 'Her', 'Their',
  'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Also', 'And', 'Und', 'With', 'Mit', 'By', 'Von', 'Of', 'When', 'As', 'Als', 'Group', 'Company']);

/** A body named without its place ("des Ständigen Ausschusses", "of the Standing Committee", "der Stadt"): the
 *  person's place comes from the context, not from the phrase. */
/** A unit inside a city's administration or an anaphoric company ("des Amts für Wirtschaft", "der städtischen
 *  Wirtschaftsförderung", "des Büros für Internationale Beziehungen", "des Konzerns"): no organisation of its own. */
const MUNICIPAL_UNIT = /^(?:(?:des|der|dem)\s+)?(?:städtische[nrs]?\s+|kommunale[nrs]?\s+)?(?:Amte?s|Ämter|Büros?|Referate?s|Dezernate?s|Abteilung|Fachbereiche?s|Wirtschaftsförderung|Stadtmarketings?|Stadtverwaltung|Verwaltung|Konzerns|Unternehmens|Hauses)\b/;
const GENERIC_BODY = /^(?:(?:des|der|dem|the)\s+)?(?:Abgeordnetenhauses|Abgeordnetenhaus|Stadt|City|Provinz|Province|Region|Präfektur|Prefecture|Landes|Bundeslande?s?|Freistaate?s?|State|Kommune|Gemeinde|Kreise?s?|Ständigen Ausschusses|Ständige[nr]? Ausschuss|Standing Committee|Volkskongresses|Volkskongress|People's Congress|Municipal People's Congress|Stadtrats?|Stadtrates|Gemeinderate?s?|Stadtverordnetenversammlung|Bezirksversammlung|Kreistage?s?|Stadtverwaltung|Stadtregierung|Provinzregierung|Landesregierung|Parteikomitees?|Party Committee|Municipal Government|City Council|Council|Provincial Government|Regierung|Government|Bürgerschaft|Magistrats?|Delegation|delegation)$/i;
/** A place described, not named: "(der südungarischen) Universitätsstadt", "Metropole", "Hafenstadt", "the port city". */
const PLACE_DESCRIPTION = /^(?:[\p{Ll}-]+e[nrs]?\s+)*(?:\p{Lu}\p{Ll}*stadt|Metropole|Millionenmetropole|Kreisstadt|Hauptstadt)$/u;
/** "(der tansanischen) Partnerstadt Mwanza", "Stadt Naucalpan": a place named as one, known to the gazetteer or not. */
const UNKNOWN_PLACE = /^(?:[\p{L}-]+(?:e|en|er|es)\s+)*(?:Partnerstadt|Partnerprovinz|Partnerregion|Partnerkommune|Freundschaftsstadt|Schwesterstadt|Stadt|Provinz|Region|Gemeinde|Kommune)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)$/u;
// "former US Secretary of State", "der frühere chinesische Botschafter": up to two words between
const FORMER_DE = /(früher|ehemalig|damalig|einstig|vormalig|Alt-|Ex-)\w*\s*(?:[\p{L}.-]+\s+){0,2}$/iu;
const FORMER_EN = /(?:\b(former|ex-|one-time|retired)\s*(?:[\p{L}.'’-]+\s+){0,2}|\b(then|late)\s+)$/iu;
const FORMER_DE_AFTER = /^\s*(a\.\s?D\.|außer Dienst)/;

/** Extract people from the text. */
export function extractPeople(ctx: PeopleContext): Person[] {
  return ctx.lang === 'zh' ? extractZh(ctx) : extractLatin(ctx);
}

// ------------------------------------------------------------------ Latin (de, en)

function resolveRole(raw: TitleRole | 'secretary', ofKind: 'place' | 'country' | 'org' | null, of: string | null, orgText: string, lang: Lang, before = ''): RoleCode {
  // "City Council President", "Senate President", "Chamber President": the body named right before the title
  if (!orgText && /(?:Council|Assembly|Senate|Parliament|Congress|Chamber|University|Company|Bürgerschaft|Landtag|Stadtrat)\s*$/i.test(before)) orgText = before.trim().split(/\s+/).slice(-2).join(' ');
  switch (raw) {
    case 'mayor_de': return 'mayor';
    case 'premier_de': return ofKind === 'country' ? 'head_of_government' : 'governor';
    case 'president':
      if (/(Universit|Hochschul|Institut|Academy|Akademie|College|School|KAIST)/i.test(orgText) || (ofKind === 'org' && /(Universit|Institute|Academy|College)/.test(of ?? ''))) return 'academic';
      // "Präsident der Region Emilia-Romagna", "president of the Region of Lombardy": a regional head of government
      if (/^(?:(?:der|des|the)\s+)?(?:Region|Regione|Provinz|Province|Präfektur)\b/i.test(orgText) || /\b(?:der Region|of the Region|of the region)\s*$/.test(before)) return 'governor';
      if (/(Kammer|Chamber|IHK|Company|Group|Corporation|Konzern|Bank|AG\b|GmbH|Ltd|Inc|Unternehmer|Entrepreneur|Business|Wirtschaftsverband|Industrieverband|Handelsverband)/i.test(orgText)) return 'business';
      if (/(Bürgerschaft|Abgeordnetenhaus|Landtag|Parliament|Parlament|Assembly|Council|Congress|Kongress|Senat)/i.test(orgText)) return 'legislator';
      if (/(Friendship|Freundschaft|CPAFFC|Association|Verband|Gesellschaft|Vereinigung)/i.test(orgText)) return 'official';
      if (ofKind === 'country') return 'head_of_state';
      // "president of Samsung Electronics", "President of Volvo Cars": an organisation that is no public body is a company
      if (ofKind === 'org' && of && !/(Government|Ministry|Office|Commission|Committee|Council|Agency|Bureau|Authority|Department|Federation|Union|League|Foundation|Society|Institute|Organi[sz]ation|Nations|Forum|Club|Party|Church|Court|Senate|Regierung|Amt|Behörde|Stiftung|Verein|政府|委员会)/.test(of)) return 'business';
      return of ? 'official' : 'head_of_state';
    case 'secretary':
      if (/(Communist Party|CPC|Party Committee|Municipal Committee|Provincial Committee|Parteikomitee)/i.test(orgText)) return 'party_secretary';
      return 'official';
    case 'chair':
      if (/(People's Congress|Volkskongress|Standing Committee|Ständigen Ausschuss)/i.test(orgText)) return 'legislator';
      // the chair of an elected council or assembly presides over a legislature (GUIDE: council president)
      if (/(Council|Assembly|Parliament|Senate|Bürgerschaft|Landtag|Stadtrat|Gemeinderat|[Vv]ersammlung|Kreistag)/.test(orgText) && !/(Business|Advisory|Trade|Economic|Wirtschafts|Beirat|Council of Commerce)/i.test(orgText)) return 'legislator';
      if (/(CPPCC|Political Consultative|Konsultativkonferenz)/i.test(orgText)) return 'official';
      if (/(Universit|Institut|Academy|Akademie)/i.test(orgText)) return 'academic';
      if (/(Business|Chamber|Commerce|Entrepreneur|Industry|Unternehmer|Wirtschaft|Handel|Kammer|商会)/i.test(orgText)) return 'business';
      if (/(Verein|Club|Klub|association|community|Association|Gemeinde|Freundeskreis|Förderkreis|Partnerschaftskomitee|Komitee|Society|Friends of|联谊|联盟|\p{L}+ische[n]? Gesellschaft|Freundschaftsgesellschaft)/iu.test(orgText)) return 'other';
      return orgText ? 'business' : 'other';
    default: return raw as RoleCode;
  }
  void lang;
}

interface LatinTitleParse extends TitleEvidence { nameAfter: Span | null; nameBefore: Span | null; end: number }

function parseLatinTitle(ctx: PeopleContext, t: TitleMatch, sentenceEnd: number, sentenceStart: number): LatinTitleParse {
  const { text, places, gaz, lang } = ctx;
  let of: string | null = null, ofKind: TitleEvidence['ofKind'] = null, ofSpan: Span | null = null, country: string | null = null;
  let orgText = '';
  let postingSpan: Span | null = null;
  // ---- before the title: place ("Pekings", "Beijing", "Hamburg's"), demonym ("chinesische", "US"), former
  const before = text.slice(Math.max(sentenceStart, t.span[0] - 60), t.span[0]);
  let former = (lang === 'de' ? FORMER_DE.test(before) : FORMER_EN.test(before)) || !!t.def.former ||
    /\b(former|ex-|früher\w*|ehemalig\w*)\s+[^,.;]{0,40}\s(?:and|und)\s+(?:[\p{L}.'’-]+\s+){0,2}$/iu.test(before);
  // (a place ending the line before — a headline's "Partnerschaft mit Kyoto" — does not qualify the next line's title)
  let pre = placeEndingAt(places, t.span[0], 4);
  if (pre && (pre.span[0] < sentenceStart || text.slice(pre.span[1], t.span[0]).includes('\n'))) pre = undefined;
  let preGap = pre ? text.slice(pre.span[1], t.span[0]) : '';
  if (!pre) {
    // "Pittsburgh City Council President"
    const body = /(?:City|Town|County|Municipal|Borough)?\s*(?:Council|Assembly|Senate|Legislature)\s+$/.exec(before);
    const p2 = body ? placeEndingAt(places, t.span[0] - body[0].length, 1) : undefined;
    if (p2 && p2.place.kind !== 'country') { pre = p2; preGap = ' '; }
  }
  // "Nakuru County Governor", "Lagos State Governor": a region the gazetteer does not know, named as one
  if (!pre && lang === 'en') {
    const rg = /(?:^|\s)((?:\p{Lu}[\p{L}'’-]+\s+){1,2}(?:County|Province|Prefecture|State|Oblast|Krai|Region|Governorate))\s+$/u.exec(before);
    // (a US state keeps its plain name: "New York State Governor" is New York's)
    if (rg && gaz.lookup(rg[1]!.replace(/\s+\S+$/, ''))?.country !== 'United States') {
      const start = t.span[0] - before.length + before.lastIndexOf(rg[1]!);
      of = gaz.lookup(rg[1]!)?.name ?? rg[1]!; ofKind = 'place'; ofSpan = [start, start + rg[1]!.length];
    }
  }
  if (pre && cityState(pre.place) && (t.def.national || ['president', 'premier_de'].includes(t.def.role))) pre = { ...pre, place: gaz.lookup(pre.place.country!) ?? pre.place };
  if (pre && /^[\s']*(s\s*)?$/.test(preGap) || (pre && /^['’]s\s+$/.test(preGap))) {
    if (pre.place.kind === 'country') { country = pre.place.name; }
    else { of = pre.place.name; ofKind = 'place'; ofSpan = pre.span; }
  }
  // "die niedersächsische Europaministerin", "Bayerischer Staatsminister": a German state's adjective names the state
  if (!of && lang === 'de') {
    const sa = /([\p{L}-]+)\s+$/u.exec(before);
    const state = sa ? stateOfAdjective(sa[1]!) : undefined;
    const region = state ? gaz.lookup(state) : undefined;
    if (region) { of = region.name; ofKind = 'place'; ofSpan = [t.span[0] - sa![0].length, t.span[0] - sa![0].length + sa![1]!.length]; }
  }
  // demonym within the two words before
  const dm = /([\p{L}.'’-]+)\s+(?:(?:[\p{L}-]+)\s+)?$/u.exec(before);
  if (dm) {
    const words = before.trim().split(/\s+/).slice(-2);
    for (const w of words) {
      const c = gaz.demonym(w.replace(/['’]s$/, '')) ?? (gaz.lookup(w.replace(/['’]s$/, ''))?.kind === 'country' ? gaz.lookup(w.replace(/['’]s$/, ''))!.name : undefined);
      if (c) country = c;
    }
  }
  // "Tesla CEO Elon Musk", "Apple's CEO Tim Cook", "Siemens-Chef": a company named right before a business title
  // "UCLG Secretary General Emilia Saiz", "WHO Director-General": an acronym right before any non-national title
  if (!of && !country && lang !== 'zh' && !t.def.national) {
    const am = /\b([A-Z]{2,6})\s+$/.exec(before);
    if (am && !gaz.lookup(am[1]!) && !gaz.demonym(am[1]!)) { of = gaz.organisation(am[1]!) ?? am[1]!; ofKind = 'org'; orgText = am[1]!; ofSpan = [t.span[0] - am[0].length, t.span[0] - am[0].length + am[1]!.length]; }
  }
  // "Board of Supervisors President Aaron Peskin": a city's legislature before the title (its place comes from context)
  if (!of && !orgText && lang === 'en' && /\bBoard of (?:Supervisors|Aldermen)\s+$/.test(before)) orgText = 'City Council';
  let companyBefore = false;
  if (!of && !country && !orgText && (['business', 'chair', 'president'].includes(t.def.role) || /^vice[- ]president$/i.test(t.def.surface)) && lang !== 'zh') {
    const cm = /((?:\p{Lu}[\p{L}&.-]*(?:['’]s)?\s+){1,3})$/u.exec(before);
    if (cm) {
      const toks = cm[1]!.trim().split(/\s+/).map((x) => x.replace(/['’]s$/, ''));
      while (toks.length && COMPANY_LEAD_STOP.has(toks[0]!)) toks.shift();
      const org = toks.join(' ');
      // "the Council's Chief Executive": a generic body is no organisation name (the local rules find the city)
      const generic = GENERIC_BODY.test(org);
      if (generic) orgText = org;
      const isPlace = places.some((pl) => pl.span[1] <= t.span[0] && pl.span[1] >= t.span[0] - cm[1]!.length && text.slice(pl.span[0], pl.span[1]) === org);
      if (!generic && org.length >= 2 && !isPlace && !gaz.demonym(org) && !gaz.lookup(org) && toks.every((x) => !COMPANY_LEAD_STOP.has(x) && !isTitleWord(x))) {
        of = gaz.organisation(org) ?? org; ofKind = 'org'; orgText = org; ofSpan = [t.span[0] - cm[1]!.length, t.span[0] - cm[1]!.length + org.length];
        companyBefore = true;
      }
    }
  }
  // ---- after the title: "von Köln", "of Beijing", "der Volksrepublik China", "of the Shanghai Institutes…", "in Frankfurt"
  let end = t.span[1];
  // "Botschafter Japans in Deutschland", "Ministerpräsident Bayerns": a genitive place right after the title
  const genAfter = placeStartingAt(places, end + 1, 0);
  if (lang === 'de' && genAfter && genAfter.form === 'gen' && /^\s$/.test(text.slice(end, genAfter.span[0]))) {
    if (genAfter.place.kind === 'country') { country = genAfter.place.name; if (t.def.national || ['president', 'premier_de'].includes(t.def.role)) { of = country; ofKind = 'country'; ofSpan = genAfter.span; } }
    else { of = genAfter.place.name; ofKind = 'place'; ofSpan = genAfter.span; }
    end = genAfter.span[1];
    const post = /^\s+(?:in|bei|im)\s+(?:(?:der|den|dem)\s+)?/.exec(text.slice(end, sentenceEnd));
    if (post) { const pl2 = placeStartingAt(places, end + post[0].length, 0); if (pl2) { end = pl2.span[1]; postingSpan = pl2.span; } }
  }
  // "chairman and CEO of JPMorgan Chase", "founder and executive chairman of the World Economic Forum": a second title
  // ("president and vice-chancellor of the University of Nottingham", "Präsident und Vorstandsvorsitzender der …")
  const chainT = lang === 'en' ? /^\s+and\s+(?:executive\s+|managing\s+)?(?:CEO|chief executive(?: officer)?|president|chairman|chairwoman|chair|founder|director|managing director|secretary-general|vice[- ]chancellor|provost|rector|principal|dean)(?=\s+of\b)/i.exec(text.slice(end, end + 60))
    : /^\s+und\s+(?:Vorstandsvorsitzende[r]?|Vorsitzende[r]? der Geschäftsführung|Geschäftsführer(?:in)?|Rektor(?:in)?|Präsident(?:in)?|Gründer(?:in)?)(?=\s+(?:der|des|von)\b)/.exec(text.slice(end, end + 60));
  if (chainT) end += chainT[0].length;
  const gloss = /^\s*\([^()]{1,40}\)/.exec(text.slice(end, end + 44));
  if (gloss && /^\s+(?:of|von|der|des)\s/.test(text.slice(end + gloss[0].length, end + gloss[0].length + 6))) end += gloss[0].length;
  const after = text.slice(end, Math.min(sentenceEnd, end + 120));
  const prep = /^\s+(von|aus|of|der|des|for|bei|at|in|to|im|zu)\s+(?:(?:der|des|dem|the)\s+)?(?:(?:[Bb]oard of (?:[Ee]xecutive |[Mm]anaging )?(?:[Dd]irectors|[Mm]anagement|[Ss]upervisors)|[Ss]upervisory [Bb]oard|[Mm]anagement [Bb]oard|[Bb]oard|Vorstands|Aufsichtsrats)\s+(?:of|der|des)\s+(?:the\s+)?)?/i.exec(after);
  if (prep) {
    const pword = prep[1]!.toLowerCase();
    let p0 = end + prep[0].length;
    // skip "Stadt", "Landeshauptstadt", "Volksrepublik", "city of", adjectives
    const skip = TITLE_OF_SKIP.exec(text.slice(p0));
    const p1 = p0 + (skip ? skip[0].length : 0);
    let pl = placeStartingAt(places, p1, 0) ?? placeStartingAt(places, p0, 0);
    // "Bürgermeister von Bonns ghanaischer Projektpartnerstadt Cape Coast", "mayor of Wollongong's sister city Longyan":
    // the partner city, not the city whose partner it is
    if (pl && pl.form === 'gen') {
      const gp = /^(?:['’]s)?\s+(?:[\p{Ll}-]+e[nrs]?\s+)?(?:\p{L}*[Pp]artnerstadt|Schwesterstadt|Freundschaftsstadt|Partnerprovinz|Partnerregion|(?:sister|partner|twin|friendship) city(?: of)?)\s+/u.exec(text.slice(pl.span[1], pl.span[1] + 60));
      const pl2 = gp ? placeStartingAt(places, pl.span[1] + gp[0].length, 0) : undefined;
      if (pl2) pl = pl2;
    }
    // "die Vizebürgermeisterin der Hauptstadt der nordchinesischen Provinz Shanxi", "vice mayor of the capital of Shanxi
    // province": the region's capital
    if (pl) pl = capitalMeant(pl, text.slice(p0, pl.span[0]), gaz);
    // "Premierminister von Singapur": a city-state's national office names the country
    if (pl && cityState(pl.place) && (t.def.national || ['president', 'premier_de'].includes(t.def.role))) pl = { ...pl, place: gaz.lookup(pl.place.country!) ?? pl.place };
    // "Governor of the State of New York", "Gouverneur der Provinz Hubei": the state, not its city namesake
    if (pl && pl.place.kind === 'city' && /(State of|state of|Provinz|Province of|province of|Prefecture of|Bundeslande?s?|Freistaate?s?)\s+$/.test(text.slice(p0, p1))) {
      const surf = text.slice(pl.span[0], pl.span[1]);
      const r = [gaz.byName.get(surf), gaz.byName.get(pl.place.name), gaz.lookup(`${surf} Province`), gaz.lookup(`${surf} Prefecture`)].find((x) => x && x.kind === 'region');
      if (r) pl = { ...pl, place: r };
    }
    const isPosting = pword === 'in' || pword === 'to' || pword === 'im' || pword === 'at' || pword === 'bei';
    if (pl) {
      const plEnd = pl.span[1];
      // an organisation that starts with a place name: "Shanghai Institutes for International Studies"
      const orgTail = /^(\s+(?:[\p{Lu}][\p{L}&'’-]*|&|for|of|and|with|für|und)){1,8}/u.exec(text.slice(plEnd, sentenceEnd));
      // "the Shanghai Municipal Government Zhuang Muyang": the holder's name after the body's head noun is no part of it
      if (orgTail) orgTail[0] = withoutHolder(orgTail[0], gaz);
      if (orgTail && /[\p{Lu}]/u.test(orgTail[0]) && /(Institut|Universit|Academy|Akademie|Group|Company|Bank|Kammer|Chamber|Council|Association|Office|Committee|Studies|Center|Centre|Zentrum|Congress|Assembly|Government|\bAG\b|\bGmbH\b|\bSE\b|Gruppe|Werke)/.test(orgTail[0])) {
        const org = text.slice(pl.span[0], plEnd + orgTail[0].length).replace(SECOND_ROLE, '').replace(/\s+(for|of|and|für|und)$/, '');
        of = org; ofKind = 'org'; ofSpan = [pl.span[0], pl.span[0] + org.length]; orgText = org;
        end = ofSpan[1];
        // "the Guangzhou Foreign Affairs Office", "the Shanghai Municipal Government": a city's own office → the city
        if (pl.place.kind !== 'country' && /^\s+(Municipal|Provincial|Foreign Affairs|People's Government|People's Committee|People's Congress|City Hall|Government|Bureau|Commission|Department|City Council|County Council|Town Council|Borough Council|Metropolitan Government|Metropolitan Council|Metropolitan City Council|Metropolitan Assembly|City Government|Council)/.test(orgTail[0]) && !/(Party Committee|Committee of the CPC|CPPCC|Business|Advisory|Trade)/.test(orgTail[0])) {
          of = pl.place.name; ofKind = 'place'; ofSpan = pl.span;
        }
      } else if (isPosting && t.def.national) {
        // diplomats: "Generalkonsul in Frankfurt", "ambassador to China" → posting, not affiliation
        end = plEnd;
        postingSpan = pl.span;
      } else if (pl.place.kind === 'country' && !t.def.national && /^['’]s\s/.test(text.slice(pl.span[1], pl.span[1] + 3)) && placeStartingAt(places, pl.span[1] + 3, 1)?.place.kind !== undefined && placeStartingAt(places, pl.span[1] + 3, 1)!.place.kind !== 'country') {
        // "mayor of the Republic of Korea's Incheon Metropolitan City", "governor of Japan's Aichi Prefecture": the place after
        const inner = placeStartingAt(places, pl.span[1] + 3, 1)!;
        country = pl.place.name; of = inner.place.name; ofKind = 'place'; ofSpan = inner.span; end = inner.span[1];
      } else if (pl.place.kind === 'country' && !t.def.national && /^['’]s\s/.test(text.slice(pl.span[1], pl.span[1] + 3)) &&
        /^['’]s\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,2}(?:County|Province|Prefecture|State|Oblast|Krai|Region|Governorate))\b/u.test(text.slice(pl.span[1], pl.span[1] + 60))) {
        // "governor of Kenya's Nakuru County": the region after the country's genitive
        const rg = /^['’]s\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,2}(?:County|Province|Prefecture|State|Oblast|Krai|Region|Governorate))\b/u.exec(text.slice(pl.span[1], pl.span[1] + 60))!;
        const start = pl.span[1] + rg[0].length - rg[1]!.length;
        country = pl.place.name; of = gaz.lookup(rg[1]!)?.name ?? rg[1]!; ofKind = 'place'; ofSpan = [start, start + rg[1]!.length]; end = ofSpan[1];
      } else if (pl.place.kind === 'country') {
        country = pl.place.name;
        if (t.def.national || ['president', 'premier_de'].includes(t.def.role)) { of = pl.place.name; ofKind = 'country'; ofSpan = pl.span; }
        end = plEnd;
      } else if (!isPosting || !t.def.national) {
        if (!of) { of = pl.place.name; ofKind = 'place'; ofSpan = pl.span; }
        end = plEnd;
      }
      // diplomat posting after a country: "Botschafter der Volksrepublik China in Deutschland"
      const post = /^\s+(?:in|to|bei|im)\s+(?:(?:der|den|the)\s+)?/.exec(text.slice(end, sentenceEnd));
      if (post) { const pl2 = placeStartingAt(places, end + post[0].length, 0); if (pl2) { end = pl2.span[1]; postingSpan = pl2.span; } }
    } else if (!isPosting || pword === 'at') {
      // organisation: "of the Shanghai Institutes for International Studies", "of the British conglomerate John Swire & Sons"
      const rest = text.slice(p1, sentenceEnd);
      const om = /^((?:[\p{Lu}][\p{L}&.'’-]*)(?:\s+(?:[\p{Lu}][\p{L}&.'’-]*|(?:&|for|of|and|with|für|und|mit dem|de)(?![\p{L}])))*)/u.exec(rest);
      if (om) {
        // "Präsident der Zhejiang Ocean University und Mitglied der Delegation": a second role ends the organisation's name
        let org = om[1]!.replace(SECOND_ROLE, '').replace(/(?:\s+(?:for|of|and|with|für|und|mit dem|de))+$/, '');
        // a person name after a comma belongs to the title, not to the org: "… & Sons, Merlin Swire"
        org = org.replace(/[.,]$/, '');
        // "of the Shanghai Municipal Government Zhuang Muyang": a name right after the body's head noun is the holder's
        if (!gaz.organisation(org)) org = withoutHolder(org, gaz);
        // (a single word is a company's name when a descriptor stood before it: "des Medizintechnikherstellers Yuwell")
        const described = COMPANY_DESCRIBED.test(text.slice(p0, p1));
        const single = !/\s/.test(org) && !described;
        const orgish = /(AG|GmbH|SE|Gruppe|Group|Konzern|Universität|University|Institut|Institute|Kammer|Chamber|Verband|Verein|Bank|Stiftung|Foundation|Akademie|Academy|Gesellschaft|Werke|Partei|Party|Ministerium|Ministry|Company|Corporation|Association|Council|Committee|Office|Bürgerschaft|Parliament|Assembly|Congress)/.test(org);
        // a portfolio ("Minister of Transport Li Xiaopeng", "Deputy Mayor for Economic Development Maria Torres-Springer",
        // "Commissioner for International Affairs"): the last two capitalised words, if any, are the name
        const otoks = org.split(/\s+/);
        if (['mayor', 'deputy_mayor', 'governor', 'party_secretary'].includes(t.def.role) && /^(of|von)$/.test(pword) && !orgish && !gaz.organisation(org) && otoks.length >= 3 &&
          NAME_TOKEN_ONLY.test(otoks[otoks.length - 1]!) && NAME_TOKEN_ONLY.test(otoks[otoks.length - 2]!)) {
          // "Mayor of Bridgetown Ronald Jones": a place the gazetteer does not know, then the name
          const placeName = otoks.slice(0, -2).join(' ');
          of = placeName; ofKind = 'place'; ofSpan = [p1, p1 + placeName.length]; end = p1 + placeName.length;
        } else if ((t.def.role === 'minister' || /minister/i.test(t.def.surface) || (['deputy_mayor', 'official', 'secretary'].includes(t.def.role) && pword === 'for')) && /^(of|for|für)$/.test(pword) && !orgish && !gaz.organisation(org)) {
          // a minister's portfolio ("Minister of Transport Li Xiaopeng", "Minister of Foreign Affairs Wang Yi"):
          // the last two capitalised words are the name
          const toks = org.split(/\s+/);
          // the portfolio ends at its last field word ("Minister for Trade and Industry Tan Boon Keat": three-part names)
          let last = -1;
          for (let i = 0; i < toks.length - 1; i++) if (PORTFOLIO_WORD.test(toks[i]!)) last = i;
          const portfolio = last >= 0 && toks.length - last - 1 >= 2 ? toks.slice(0, last + 1).join(' ') : toks.length >= 3 ? toks.slice(0, -2).join(' ') : toks.length === 1 ? org : '';
          if (portfolio) end = p1 + text.slice(p1).indexOf(portfolio) + portfolio.length;
        } else if (PLACE_DESCRIPTION.test(org)) {
          end = p1 + org.length;
        } else if (GENERIC_BODY.test(org) || MUNICIPAL_UNIT.test(org)) {
          orgText = org; end = p1 + org.length;
        } else if (org.length >= 2 && !NOT_NAME.has(org) && !gaz.demonym(org) && (!single || orgish || /^[A-Z]{2,8}$/.test(org) || !!gaz.organisation(org))) {
          of = gaz.organisation(org) ?? normaliseOrg(org, gaz); ofKind = 'org'; ofSpan = [p1, p1 + org.length]; orgText = org;
          end = p1 + org.length;
          const gov = /(Municipal|Provincial|District|Party Committee|People's Government|City Council|Stadtrat|Parteikomitee|Landesregierung|Stadtverwaltung|Foreign Affairs Office|Foreign Affairs|Bureau|Commission|Department|City Hall|Government)/.test(org);
          const inner = places.find((pl) => pl.span[0] >= p1 && pl.span[1] <= p1 + org.length && pl.place.kind !== 'country');
          if (gov && inner) { of = inner.place.name; ofKind = 'place'; ofSpan = inner.span; }
        }
      }
    }
  }
  // "Bürgermeister a. D."
  if (lang === 'de' && FORMER_DE_AFTER.test(text.slice(end, end + 16))) { former = true; end += FORMER_DE_AFTER.exec(text.slice(end))![0].length; }
  if (/\b(damals|then|at the time|seinerzeit)\b/i.test(text.slice(Math.max(sentenceStart, t.span[0] - 12), t.span[0]))) former = true;
  // "Edmonton's mayor from 1989 to 1995", "Bürgermeister von 2004 bis 2014", "mayor (1989–1995)": a past term
  if (/^[^,.;]{0,30}?(?:\bfrom (?:19|20)\d\d (?:to|until) (?:19|20)\d\d|\bvon (?:19|20)\d\d bis (?:19|20)\d\d|\((?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\))/.test(text.slice(t.span[1], Math.min(sentenceEnd, t.span[1] + 60)))) former = true;
  // "who served as Party secretary of Fuzhou in the early 1990s", "der 2009 bis 2015 Bürgermeister war"
  if (/\b(who (?:served|worked) as|who was|who had been|der (?:von|bis)? ?\d{4}|die (?:von|bis)? ?\d{4})\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before) &&
    /^[^.;]{0,60}?\b(?:in (?:the )?(?:early |late |mid-)?(?:19|20)\d\d|from (?:19|20)\d\d|until (?:19|20)\d\d|bis (?:19|20)\d\d)/i.test(text.slice(t.span[1], Math.min(sentenceEnd, t.span[1] + 80)))) former = true;

  // "Municipal Secretary for Economic Development, Science, Technology and Innovation, Adriana Flosi": the same in English
  if (!of && lang === 'en') { const pf = /^\s+for\s+(?:[A-Z][\w-]*(?:,\s+|\s+and\s+|\s+&\s+|\s+))*[A-Z][\w-]*(?=\s*,\s*\p{Lu})/u.exec(text.slice(end, end + 120)); if (pf) end += pf[0].length; }
  // "Chinese Consul General in HCMC Wei Huaxiang": a posting abbreviated beyond the gazetteer
  if (!of && lang === 'en' && t.def.national) { const ab = /^\s+in\s+[A-Z]{2,6}(?=\s+\p{Lu}\p{Ll})/u.exec(text.slice(end, end + 16)); if (ab) end += ab[0].length; }
  // "der Bürgermeisterin für Umwelt, Klima und Sport, Katrin Hollmann": a portfolio with commas closes the title
  if (!of && lang === 'de') { const pf = /^\s+für\s+(?:\p{Lu}[\p{L}-]*(?:,\s+|\s+und\s+|\s+sowie\s+))*\p{Lu}[\p{L}-]*(?=\s*,\s*\p{Lu})/u.exec(text.slice(end, end + 90)); if (pf) end += pf[0].length; }
  // "den Parteisekretär der Provinz, Li Jinhua", "the mayor of the city, X": a generic body closes the title
  if (!of) { const gen = /^\s+(?:der|des|of the)\s+(?:Provinz|Stadt|Präfektur|Region|Landes|province|city|prefecture|state|region)(?=\s*,)/.exec(text.slice(end, end + 30)); if (gen) end += gen[0].length; }
  // "Deputy Secretary-General of the municipal government Zhuang Muyang": a lower-case body of the city closes the title
  if (!of) { const gov = /^\s+of the\s+(?:municipal|city|provincial|prefectural|state|district)\s+(?:people['’]s\s+)?(?:government|party committee|committee|council|assembly)\b/.exec(text.slice(end, end + 60)); if (gov) { orgText ||= gov[0].trim(); end += gov[0].length; } }
  // ---- name after: directly, or after a comma
  let nameAfter: Span | null = null;
  const am = /^(\s*,?\s+|\s*\(|\s+)/.exec(text.slice(end, end + 3));
  if (am) {
    const s0 = end + am[0].length;
    const nm = LATIN_NAME.exec(text.slice(s0, Math.min(sentenceEnd, s0 + 60)));
    if (nm) {
      const off = nm[0].length - nm[1]!.length;
      const span = cleanName(text, [s0 + off, s0 + nm[0].length], places, gaz);
      if (span) nameAfter = span;
    }
  }
  // "Consul General Zhao Jian of the Chinese Consulate in …", "… of the Consulate General of China": the mission's country
  if (nameAfter && !of && t.def.national) {
    const tail = text.slice(nameAfter[1], Math.min(sentenceEnd, nameAfter[1] + 80));
    const dm = /^\s*,?\s+(?:of|from|at|vom|des|der)\s+(?:the\s+|dem\s+)?([\p{Lu}][\p{L}-]+)\s+(?:Consulate|Embassy|Konsulat|Generalkonsulat|Botschaft)/u.exec(tail);
    const cm2 = /^\s*,?\s+(?:of|from|at)\s+(?:the\s+)?(?:Consulate(?:[- ]General)?|Embassy)\s+of\s+(?:the\s+)?/.exec(tail);
    const c = dm ? gaz.demonym(dm[1]!) : cm2 ? (() => { const pl = placeStartingAt(places, nameAfter![1] + cm2[0].length, 0); return pl?.place.kind === 'country' ? pl.place.name : undefined; })() : undefined;
    if (c) { country = c; of = c; ofKind = 'country'; }
  }
  // "Bürgermeisterin Sabine Kurz aus dem benachbarten Metzingen", "Mayor Jane Doe of Springfield": the place after the name
  if (nameAfter && !of) {
    const fm = /^\s+(?:aus|from|of|von)\s+(?:(?:dem|der|the)\s+)?(?:(?:benachbarten|nahen|neighbouring|neighboring|nearby|Partnerstadt|sister city|Stadt|city of|town of)\s+)?/i.exec(text.slice(nameAfter[1], nameAfter[1] + 40));
    const pl = fm ? placeStartingAt(places, nameAfter[1] + fm[0].length, 0) : undefined;
    if (pl && pl.place.kind !== 'country') { of = pl.place.name; ofKind = 'place'; ofSpan = pl.span; }
  }
  // "den Vorsitzenden des Ständigen Ausschusses des Volkskongresses von Ningbo, Yu Hongtao": a genitive or "of"
  // phrase, then the name after a comma
  if (!nameAfter && lang === 'de') {
    const base = t.span[1];
    const gm = /^\s+(?:des|der|von|vom)\s+[^,;:.()]{3,90}?,\s+/.exec(text.slice(base, Math.min(sentenceEnd, base + 130))) ??
      /^\s+(?:des|der|von|vom)\s+[^,;:.()]{2,80}?\b(?:AG|SE|GmbH|Group|Gruppe|Konzerns?|Universität|Hochschule|Holding)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u.exec(text.slice(base, Math.min(sentenceEnd, base + 130)));
    if (gm) {
      const s0 = base + gm[0].length;
      const nm = LATIN_NAME.exec(text.slice(s0, Math.min(sentenceEnd, s0 + 60)));
      const span = nm ? cleanName(text, [s0 + nm[0].length - nm[1]!.length, s0 + nm[0].length], places, gaz) : null;
      if (span && /^\s*(,|\s+(hat|ist|war|und|sowie|im|in|am|traf|besuchte|sagte|empfing)\b|\.|$)/.test(text.slice(span[1], span[1] + 12))) {
        nameAfter = span;
        const phrase = text.slice(base, s0);
        // an organisation read up to the name ("Mercedes-Benz Group AG Ola Källenius") ends before it; one cut short at its
        // first word ("des Verbands der Zhejiang-Unternehmer in Deutschland") takes the whole phrase
        const phraseOrg = phrase.replace(/^\s+(?:des|der|von|vom)\s+/, '').replace(/,\s+$/, '').trim();
        if (of && ofKind === 'org' && (of.includes(text.slice(span[0], span[1])) || (phraseOrg.length > of.length && phraseOrg.startsWith(of)))) { of = null; ofKind = null; orgText = ''; }
        const inner = places.filter((pl) => pl.span[0] >= base && pl.span[1] <= s0);
        if (ofKind === 'org' && inner.some((x) => x.place.kind !== 'country') && !/(Universit|Institut|Akademie|AG\b|GmbH|Gruppe|Konzern|Bank)/.test(of ?? '')) { of = null; ofKind = null; }
        if (!of) {
          const found = inner.find((x) => x.place.kind !== 'country') ?? inner[0];
          // ("der Hauptstadt der nordchinesischen Provinz Shanxi, Wang Hongyan": the region's capital)
          const pl = found ? capitalMeant(found, text.slice(base, found.span[0]), gaz) : undefined;
          if (pl && pl.place.kind !== 'country') { of = pl.place.name; ofKind = 'place'; ofSpan = pl.span; }
          else if (pl) { country = pl.place.name; if (t.def.national) { of = pl.place.name; ofKind = 'country'; ofSpan = pl.span; } }
          else {
            const org = phrase.replace(/^\s+(?:des|der|von|vom)\s+/, '').replace(/,\s+$/, '').trim();
            const unknownPlace = UNKNOWN_PLACE.exec(org);
            if (GENERIC_BODY.test(org)) orgText = org;
            // "der südungarischen Universitätsstadt", "der ostchinesischen Metropole": a description of a place, no body (the
            // place comes from the context)
            else if (PLACE_DESCRIPTION.test(org)) orgText = '';
            // "der tansanischen Partnerstadt Mwanza": a city the gazetteer does not know, named as a city
            else if (unknownPlace) { of = unknownPlace[1]!; ofKind = 'place'; ofSpan = [s0 - 2 - unknownPlace[1]!.length, s0 - 2]; }
            else if (/[\p{Lu}]/u.test(org)) { of = gaz.organisation(org) ?? org; ofKind = 'org'; ofSpan = [s0 - 2 - org.length, s0 - 2]; orgText = org; }
          }
        }
        end = s0;
      }
    }
  }
  // ---- name before: "Zhang Hui, Vizebürgermeisterin…", "Mu Peng, who serves as vice mayor…"
  let nameBefore: Span | null = null;
  const bm = /((?:\p{Lu}\.\s?)?\p{Lu}[\p{L}\p{M}’'\-]*(?:\s+\p{Lu}\.)?(?:\s+(?:von|van|de|der|da|di|le|bin|zu)?\s*\p{Lu}[\p{L}\p{M}’'\-]*){1,2}),\s+(?:(?:der|die|das|den|the|a|an|who|is|serves|served|as|was|damals|heute|seit|derzeit|currently|now|also|und|and)\s+)*(?:[\p{L}'’.-]+\s+){0,3}$/u
    .exec(text.slice(Math.max(sentenceStart, t.span[0] - 90), t.span[0]).replace(/\s*\([^()]{1,40}\)(?=\s*,)/g, (x) => x.replace(/[^,]/g, '')) === text.slice(Math.max(sentenceStart, t.span[0] - 90), t.span[0])
      ? text.slice(Math.max(sentenceStart, t.span[0] - 90), t.span[0]) : '') ?? parenNameBefore(text, Math.max(sentenceStart, t.span[0] - 90), t.span[0]);
  if (bm) {
    const base = Math.max(sentenceStart, t.span[0] - 90);
    const between = bm[0].slice(bm[1]!.length);
    // the words between must not contain a verb-like break: keep to modifiers and places
    const okWord = (w: string) => BETWEEN_OK.has(w.toLowerCase()) || !!gaz.demonym(w) || !!gaz.lookup(w.replace(/['’]s$/, '')) ||
      /^(city|council|town|county|state|municipality|government|company|group|university)['’]s$/i.test(w) ||
      // "Ge Yue, Apple's vice president": a company's genitive
      (lang === 'en' && /^\p{Lu}[\p{L}&.-]*['’]s$/u.test(w)) ||
      (lang === 'de' ? /^\p{Ll}[\p{L}-]*(e|en|er|es|em)$/u.test(w) : /^(newly|recently|current|acting|incoming|outgoing|new|appointed|elected)$/.test(w));
    const words = between.replace(/^,/, '').split(/\s+/).filter(Boolean);
    if (!/[.;:]/.test(between) && words.length <= 6 && words.every(okWord)) {
      // "Professor Ciarán Moynihan, President of …": the honorific is no part of the name
      const hon = HONORIFIC_LEAD.exec(bm[1]!)?.[0].length ?? 0;
      const span = cleanName(text, [base + bm.index + hon, base + bm.index + bm[1]!.length], places, gaz);
      if (span) nameBefore = span;
    }
  }
  // "Wu Qing, member of the Standing Committee of the CPC Shanghai Municipal Committee and executive vice mayor of
  // Shanghai": Chinese officials' English titles lead with Party posts; the name stands before the whole chain
  if (!nameBefore && lang === 'en') {
    const w0 = Math.max(sentenceStart, t.span[0] - 260);
    const cm = /(?:^|[\s(])(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}),\s+(?:(?:a|an)\s+)?(?:member|alternate member|deputy secretary|secretary|vice chairman|vice chairwoman|chairman|chairwoman)\s+of\s+the\s+[^;.]{0,200}?\s+and\s+$/u.exec(text.slice(w0, t.span[0]));
    if (cm) {
      const st = w0 + cm.index + cm[0].indexOf(cm[1]!);
      const span = cleanName(text, [st, st + cm[1]!.length], places, gaz);
      if (span) nameBefore = span;
    }
  }
  // "a delegation of the Incheon Metropolitan Council led by its chairman X": the body named earlier in the sentence
  if (!orgText && !of && /\b(its|their|seine[mnrs]?|ihre[mnrs]?|deren|dessen)\s+$/i.test(before)) {
    const back = text.slice(sentenceStart, t.span[0]);
    const bodies = [...back.matchAll(/(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:Council|Assembly|Congress|Parliament|Chamber|University|Association|Committee|Bürgerschaft|Landtag|Stadtrat|Kammer|Verband|Verein)\b/gu)];
    const last = bodies[bodies.length - 1];
    if (last) {
      orgText = last[0];
      const b0 = sentenceStart + last.index!;
      const inner = places.find((pl) => pl.span[0] >= b0 && pl.span[1] <= b0 + last[0].length && pl.place.kind !== 'country');
      if (inner && /(Council|Assembly|Congress|Parliament|Bürgerschaft|Landtag|Stadtrat)/.test(last[0])) { of = inner.place.name; ofKind = 'place'; ofSpan = inner.span; }
    }
  }
  let role = resolveRole(t.def.role, ofKind, of, orgText, lang, before);
  // "Apple's vice president", "Siemens President X": a company named before the title makes an executive
  if (companyBefore && ['official', 'head_of_state'].includes(role)) role = 'business';
  // "head of the municipality's international affairs department", "director of the city's protocol office": a city's
  // own officer (the city comes from context)
  if (['chair', 'business', 'official', 'president'].includes(t.def.role) && lang === 'en' && !of &&
    /^\s+of\s+the\s+(?:municipality|city|council|city council|municipal government|city government|town|mayor)['’]s\s+(?:[\w-]+\s+){0,5}?(?:department|office|bureau|division|unit|service|team|secretariat)\b/i.test(text.slice(t.span[1], t.span[1] + 90))) role = 'official';
  // "Chairman of the Ho Chi Minh City People's Committee": a Vietnamese city's head of government
  if (t.def.role === 'chair' && lang === 'en' && /People['’]s Committee/.test(orgText) && !/Standing|Vice|Deputy/i.test(t.def.surface + orgText)) role = 'mayor';
  // "Bürgermeister Andreas Bovenschulte, Präsident des Senats": Bremen's (and Hamburg's) head of the city-state's government
  if (t.def.role === 'president' && lang === 'de' && /^\s+des Senats\b/.test(text.slice(t.span[1], t.span[1] + 14))) role = 'mayor';
  // "Vizepräsidentin des Volkskongresses", "vice chairman of the Standing Committee of … People's Congress"
  if (role === 'official' && /(Volkskongress|People's Congress|Parlament|Parliament|Bürgerschaft|Landtag|Abgeordnetenhaus|Assembly|Senat\b)/i.test(orgText || (/^\s+(?:des|der|of the|of)\s+[^,.;]{0,50}$/.exec(text.slice(t.span[1], t.span[1] + 60).split(/[,.;]/)[0] ?? '') ? text.slice(t.span[1], t.span[1] + 60).split(/[,.;]/)[0]! : ''))) role = 'legislator';
  // a national body named with the country's adjective: "des Chinesischen Volkskongresses", "of the German Bundestag",
  // "des Nationalen Volkskongresses", "National People's Congress"
  if (ofKind === 'org' && of) {
    const w0 = of.split(/\s+/)[0]!;
    const c = gaz.demonym(w0) ?? gaz.demonym(w0.toLowerCase());
    if (c && /(Volkskongress|Congress|Parlament|Parliament|Bundestag|Bundesrat|Regierung|Government|Ministeri|Ministry|Botschaft|Embassy|Konsulat|Consulate|Senat|Assembly|Außenamt|Foreign Office)/i.test(of)) { country = c; of = c; ofKind = 'country'; }
    else if (/^(?:des\s+)?(Nationalen Volkskongress|National People's Congress|NPC|CPPCC National Committee|Staatsrat(?:es)?|State Council)/.test(of)) { country = 'China'; of = 'China'; ofKind = 'country'; }
  }
  // "the council's chief executive", "chief executive of the City Council": a council's officer is an official
  if ((role === 'business' || t.def.role === 'chair') && role !== 'legislator' && (/(council|city|county|borough|municipal|government|city hall)['’]s\s+$/i.test(before) || /(Council|City Hall|Municipal|Government|Stadtverwaltung|Stadt\b)/.test(orgText))) role = 'official';
  // a company's spokesperson speaks for the company
  if (role === 'official' && /(spokes|Sprecher)/i.test(t.surface) && (/(Company|Group|Corporation|GmbH|\bAG\b|Ltd|Inc|Konzern)/.test(orgText) || (!!of && ofKind === 'org' && !!gaz.organisation(orgText)))) role = 'business';
  // the head of a university or institute is an academic, of a company a business person
  if (role === 'official' && /(director|head|Direktor|Leiter|vice[- ]president|Vizepräsident)/i.test(t.surface)) {
    if (/(Institut|Universit|Academy|Akademie|College|Hochschule|Studies)/.test(orgText)) role = 'academic';
    else if (/(Company|Group|Corporation|GmbH|\bAG\b|Ltd|Inc|Konzern|Bank)/.test(orgText) || (!!of && ofKind === 'org' && /(Group|Company|Corporation|GmbH|\bAG\b|Ltd|Inc)/.test(of))) role = 'business';
  }
  // a multilateral bank's or organisation's officers are officials, not executives ("Vice-President of the Asian
  // Development Bank")
  if (role === 'business' && /(Development Bank|World Bank|Investment Bank|United Nations|UN-Habitat|Organi[sz]ation for|World Health Organi[sz]ation|UNESCO|UNICEF|OECD|European Commission|Asian Infrastructure Investment Bank)/.test(orgText || of || '')) role = 'official';
  // a state's or province's premier or minister ("Western Australian Premier", "Queensland's Minister for Trade")
  // acts for the region, not the country
  const regional = ofKind === 'place' && !!of && gaz.lookup(of)?.kind === 'region';
  if (regional && role === 'head_of_government') role = 'governor';
  const national = regional && (role === 'governor' || role === 'minister') ? false : (!!t.def.national && role !== 'business' && role !== 'academic') || role === 'head_of_state' || role === 'head_of_government';
  return { role, rawRole: t.def.role, span: t.span, of, ofKind, ofSpan, country, former, national, nameAfter, nameBefore, end, postingSpan };
}

const titleWordCache = new Map<string, boolean>();
/** Is this single token a title ("Councilwoman", "Ministerpräsident")? Cached: names repeat across a text. */
function isTitleWord(tok: string): boolean {
  let v = titleWordCache.get(tok);
  if (v === undefined) {
    v = (['de', 'en'] as const).some((l) => findTitles(tok, l).some((x) => x.span[0] === 0 && x.span[1] === tok.length));
    if (titleWordCache.size > 50000) titleWordCache.clear();
    titleWordCache.set(tok, v);
  }
  return v;
}

/** Trim a name span: drop tokens that are places, title words or function words; need ≥2 tokens. */
function cleanName(text: string, span: Span, places: PlaceMatch[], gaz: Gazetteer): Span | null {
  const raw = text.slice(span[0], span[1]);
  const toks: Array<{ t: string; s: number }> = [];
  const re = /\S+/g;
  let m;
  while ((m = re.exec(raw))) toks.push({ t: m[0], s: span[0] + m.index });
  // a month after a day number is no name ("am 10. April Stephan Keller", "on 5 June Mayor …")
  while (toks.length > 2 && MONTHS.has(toks[0]!.t) && /\d\.?\s*$/.test(text.slice(Math.max(0, toks[0]!.s - 5), toks[0]!.s))) toks.shift();
  // "am Montag Holger Klein, Vorstandsvorsitzender …": a leading weekday or function word is no part of the name (a title word is
  // left in place: it belongs to another title's parse)
  while (toks.length > 2 && NOT_NAME.has(toks[0]!.t) && !isTitleWord(toks[0]!.t) && !MONTHS.has(toks[0]!.t)) toks.shift();
  // "unter der Leitung von Klaus Berthold", "in Begleitung von …": a German abstract noun and its preposition are no name
  while (toks.length > 3 && /^\p{Lu}\p{Ll}+(?:ung|heit|keit|schaft|tion|nahme)$/u.test(toks[0]!.t) && /^(von|vom|des|der)$/.test(toks[1]!.t)) toks.splice(0, 2);
  // "Begleitet wurde die Delegation von Kim Dong-hyun": a preposition before the given name is no nobility particle
  while (toks.length > 2 && /^(von|vom|van|de|zu)$/.test(toks[0]!.t)) toks.shift();
  // cut at the first bad token (keep what precedes)
  let k = 0;
  for (; k < toks.length; k++) {
    const w = toks[k]!.t.replace(/['’]s$/, '');
    // ("Phan Van Mai": Mai is the German May only next to a day number)
    if (NOT_NAME.has(w) && !(w === 'Mai' && k >= 2 && !/\d\.?\s*$/.test(text.slice(Math.max(0, toks[k]!.s - 5), toks[k]!.s)))) break;
    const pl = placeStartingAt(places, toks[k]!.s, 0);
    // a surname that is also a place ("Andrew Hamilton, president of …") closes a two-word name when no capitalised word follows
    const lastSurname = k === toks.length - 1 && k >= 1 && pl?.place.kind === 'city' && pl.span[1] === toks[k]!.s + w.length && !/^\s+\p{Lu}/u.test(text.slice(pl.span[1], pl.span[1] + 3));
    if (pl && pl.place.weight >= 100 && pl.span[1] >= toks[k]!.s + w.length && !lastSurname && !(k === 0 && GIVEN_NAME_PLACES.has(w) && toks.length >= 2 && pl.span[1] <= toks[k]!.s + w.length)) { if (k === 0) return null; break; }
    if (gaz.demonym(w)) break;
  }
  const kept = toks.slice(0, k);
  // "Kerstin Hahn von der Servicestelle Kommunen": a particle before a common noun starts a phrase, not a surname
  const pi = kept.findIndex((x, i) => i >= 2 && /^(von|vom)$/.test(x.t));
  if (pi >= 2) { const nx = kept[pi + 1]?.t === 'der' ? kept[pi + 2] : kept[pi + 1]; if (nx && /^\p{Lu}\p{Ll}+(?:stelle|ung|heit|keit|schaft|amt|amts|büro|ministerium|kommission|verwaltung|behörde|zentrum|verband|verein|kammer|institut)$/u.test(nx.t.replace(/[,.;:]$/, ''))) kept.length = pi; }
  // "Oberbürgermeister Markus Lewe von einer Delegation …": a particle closes no name
  while (kept.length > 2 && /^(von|van|de|der|den|da|di|du|le|la|bin|zu|al)$/.test(kept[kept.length - 1]!.t)) kept.pop();
  if (kept.length && NOT_NAME_TAIL.has(kept[kept.length - 1]!.t.replace(/[,.;:]$/, ''))) return null;
  const nextTok = toks[kept.length]?.t ?? /^\s+([\p{Lu}][\p{L}]+)/u.exec(text.slice(span[1], span[1] + 20))?.[1];
  if (kept.length === toks.length && nextTok && NOT_NAME_TAIL.has(nextTok.replace(/[,.;:]$/, ''))) return null;
  // "Lincoln High" where the text elsewhere says "Lincoln High School": a body's short name
  if (kept.length >= 2) {
    const nm = text.slice(kept[0]!.s, kept[kept.length - 1]!.s + kept[kept.length - 1]!.t.length).replace(/[,.;:]$/, '');
    let at = text.indexOf(nm + ' ');
    while (at >= 0) { const w = /^\s+([\p{Lu}][\p{L}]+)/u.exec(text.slice(at + nm.length, at + nm.length + 24))?.[1]; if (w && NOT_NAME_TAIL.has(w)) return null; at = text.indexOf(nm + ' ', at + 1); }
  }
  // "Councilwoman Julie Won": the title's own parse yields the name
  if (kept.length && isTitleWord(kept[0]!.t)) return null;
  const full = kept.filter((x) => !/^(von|van|de|der|den|da|di|du|le|la|bin|zu|al)$/.test(x.t));
  if (full.length < 2) return null;
  const last = kept[kept.length - 1]!;
  let e = last.s + last.t.length;
  if (/['’]s$/.test(last.t)) e -= 2;
  return [kept[0]!.s, e];
}

function extractLatin(ctx: PeopleContext): Person[] {
  const { text, sentences, places, gaz, lang } = ctx;
  const titles = findTitles(text, lang);
  const people = new Map<string, Person>();
  const get = (name: string): Person => {
    let p = people.get(name);
    if (!p) { p = { name, mentions: [], titles: [], shortForms: [] }; people.set(name, p); }
    return p;
  };
  const orphanTitles: Array<{ ev: TitleEvidence; sent: number }> = [];
  let pending: { ev: TitleEvidence; at: number } | null = null;
  for (const t of titles) {
    const si = sentenceAt(sentences, t.span[0]);
    const s = sentences[si]!;
    const parsed = parseLatinTitle(ctx, t, s.end, s.start);
    // "Yerbolat Dossayev, akim of Almaty, Aibek Junushaliev, mayor of Bishkek": a title between two names whose second name
    // has a title of its own after it belongs to the first
    let target = parsed.nameAfter ?? parsed.nameBefore;
    if (parsed.nameAfter && parsed.nameBefore) {
      // (", und Gouverneur Y": the next title starts a new person)
      const own = /^\s*,\s*(?!\s|und\b|and\b|sowie\b)(?:the\s+|der\s+|die\s+|a\s+)?/.exec(text.slice(parsed.nameAfter[1], parsed.nameAfter[1] + 8));
      if (own && titles.some((x) => x.span[0] >= parsed.nameAfter![1] + own[0].length && x.span[0] <= parsed.nameAfter![1] + own[0].length + 24 && x.span[0] < s.end)) target = parsed.nameBefore;
    }
    const ev: TitleEvidence = { role: parsed.role, rawRole: parsed.rawRole, span: parsed.span, of: parsed.of, ofKind: parsed.ofKind, ofSpan: parsed.ofSpan, country: parsed.country, former: parsed.former, national: parsed.national, postingSpan: parsed.postingSpan, surface: t.def.surface };
    if (!target) {
      // "The Lord Mayor of Leeds, Councillor Al Garthwaite": a title, a comma, then a second title with the name
      const gap = /^\s*,\s*/.exec(text.slice(parsed.end, parsed.end + 4));
      if (gap) { pending = { ev, at: parsed.end + gap[0].length }; continue; }
      orphanTitles.push({ ev, sent: si });
      continue;
    }
    const name = text.slice(target[0], target[1]);
    const p = get(name);
    p.titles.push(ev);
    p.mentions.push({ span: target, sentence: si, full: true });
    if (pending && pending.at === t.span[0] && parsed.nameAfter) p.titles.push(pending.ev);
    pending = null;
    // "City leaders Sha Hailin and Zong Ming": a second name joined by and/und
    if (parsed.nameAfter) {
      const tail = /^\s*(?:,\s*|\s+)(?:and|und|sowie)\s+/.exec(text.slice(target[1], target[1] + 8));
      // "… and Council Member Julie Won": the next name has a title of its own
      // (also after a place's genitive: "und Zhuhais Vizebürgermeister Liu Jiawei")
      if (tail && !findTitles(text.slice(target[1] + tail[0].length, Math.min(s.end, target[1] + tail[0].length + 40)), lang).some((x) => x.span[0] === 0 || (x.span[0] < 24 && /^\p{Lu}[\p{L}-]+(?:s|['’]s)\s+$/u.test(text.slice(target[1] + tail[0].length, target[1] + tail[0].length + x.span[0]))))) {
        const s0 = target[1] + tail[0].length;
        const nm = LATIN_NAME.exec(text.slice(s0, Math.min(s.end, s0 + 60)));
        if (nm) {
          const off = nm[0].length - nm[1]!.length;
          const sp = cleanName(text, [s0 + off, s0 + nm[0].length], places, gaz);
          // "Vice Mayor A and B, director of …": B has a title of their own
          const own = sp && /^\s*,\s*(?:the\s+|der\s+|die\s+|a\s+)?/.exec(text.slice(sp[1], sp[1] + 8));
          // "… and Gunnar Kilian, a member of the Volkswagen Group's board": an apposition of their own
          const ownTitle = (!!own && findTitles(text.slice(sp![1] + own[0].length, Math.min(s.end, sp![1] + own[0].length + 40)), lang).some((x) => x.span[0] <= 20)) ||
            (!!sp && /^\s*,\s*(?:a|an|one of|ein|eine|einer)\s/i.test(text.slice(sp[1], sp[1] + 12))) ||
            // "Vice Mayor Sima Hong and Hubertus Troska, the member of the Mercedes-Benz board responsible for …"
            (!!sp && /^\s*,\s*the\s+(?:member|head|chair\w*|president|director|chief|founder)\b/i.test(text.slice(sp[1], sp[1] + 24)));
          if (sp && !ownTitle) {
            const p2 = get(text.slice(sp[0], sp[1]));
            p2.titles.push({ ...ev });
            p2.mentions.push({ span: sp, sentence: si, full: true });
          }
        }
      }
    }
  }
  // "Victorian Premier meets …" in the headline, "Premier Jacinta Allan" in the text: the headline's place qualifies the
  // body's title
  for (const { ev, sent } of orphanTitles) {
    if (!sentences[sent]!.isHeadline || !ev.of || ev.former) continue;
    // "Antalyas Oberbürgermeister zu Gast im Rathaus" over "Oberbürgermeister König hat … Böcek empfangen": the body's title
    // holder who receives is the host, not the headline's guest
    const hl = sentences[sent]!;
    const guestHeadline = /(zu Gast|besucht|kommt|visits|arrives|calls on|in town)/i.test(hl.text);
    if (/s$/i.test(text.slice(ev.span[0], ev.span[1])) && !/s$/i.test(ev.surface ?? '')) continue; // "mayors"
    // only an affiliation ("Victorian Premier", "Mayor of Kobe"), not a whereabouts ("Oberbürgermeister in Nanjing")
    if (!ev.ofSpan || !(ev.ofSpan[1] <= ev.span[0] || /^\s+(?:von|of|der|des)\s+(?:(?:der|dem|the)\s+)?$/i.test(text.slice(ev.span[1], ev.ofSpan[0])))) continue;
    if ([...people.values()].some((p) => p.titles.some((x) => x.of === ev.of && x.surface === ev.surface))) continue;
    const same = [...people.values()].filter((p) => p.titles.some((x) => x.surface === ev.surface && !x.of && !x.former));
    if (same.length !== 1) continue;
    if (guestHeadline && same[0]!.mentions.some((m) => { const ms = sentences[m.sentence]!; return !ms.isHeadline && /(empfing|empfangen|begrüßte|begrüßt|hieß|received|welcomed|hosted|greeted)/.test(text.slice(m.span[1], ms.end)); })) continue;
    const x = same[0]!.titles.find((y) => y.surface === ev.surface && !y.of)!;
    Object.assign(x, { of: ev.of, ofKind: ev.ofKind, country: ev.country ?? x.country, role: ev.role, national: ev.national });
  }
  // An orphan title in a sentence with exactly one untitled full name: "Jennifer May … becoming Canada's ambassador"
  for (const { ev, sent } of orphanTitles) {
    if (sentences[sent]!.isHeadline) continue;
    const s = sentences[sent]!;
    // "Mayor Woodards said": the title names a known person by surname
    const sur = /^\s+([\p{Lu}][\p{L}'’-]+)/u.exec(text.slice(ev.span[1], ev.span[1] + 30))?.[1];
    if (sur && [...people.values()].some((p) => p.name.split(/\s+/).pop() === sur)) continue;
    const re = new RegExp(`(?<![\\p{L}])${HONORIFIC}?((?:\\p{Lu}\\.\\s?)?${NAME_TOKEN}\\s+${NAME_TOKEN})(?![\\p{L}])`, 'gu');
    let m; const cands: Span[] = [];
    while ((m = re.exec(s.text))) {
      const off = m[0].length - m[1]!.length;
      const sp = cleanName(text, [s.start + m.index + off, s.start + m.index + m[0].length], places, gaz);
      // "Ministerpräsident Söder" is a title and a surname, not a full name
      if (sp && sp[1] <= ev.span[0] && !findTitles(text.slice(sp[0], sp[1]), lang).length) cands.push(sp);
    }
    const untitled = cands.filter((sp) => !people.has(text.slice(sp[0], sp[1])));
    if (untitled.length === 1 && cands.length === 1) {
      const name = text.slice(untitled[0]![0], untitled[0]![1]);
      const p = get(name);
      p.titles.push(ev);
      p.mentions.push({ span: untitled[0]!, sentence: sent, full: true });
    }
  }
  // "The mayors of Lisbon and Rio de Janeiro, Carlos Moedas and Eduardo Paes, signed …", "die Oberbürgermeister von A und B,
  // X und Y": a plural title over two places and two names, respectively
  const PAIR = lang === 'en'
    ? /\b(mayors|Lord Mayors|governors)\s+of\s+([^,;]{2,40}?)\s+and\s+([^,;]{2,40}?),\s+([^,;]{3,40}?)\s+and\s+([^,;]{3,40}?)(?=,|\s+(?:signed|met|held|agreed|opened|said))/g
    : /\b(Oberbürgermeister(?:innen)?|Bürgermeister(?:innen)?)\s+(?:von|der Städte)\s+([^,;]{2,40}?)\s+und\s+([^,;]{2,40}?),\s+([^,;]{3,40}?)\s+und\s+([^,;]{3,40}?)(?=,|\s+(?:haben|unterzeichne|trafen|vereinbarten))/g;
  let pm: RegExpExecArray | null;
  while ((pm = PAIR.exec(text))) {
    const base = pm.index;
    const at = (k: number) => base + pm![0].indexOf(pm![k]!, k > 1 ? pm![0].indexOf(pm![k - 1]!) + pm![k - 1]!.length : 0);
    const pls = [2, 3].map((k) => placeStartingAt(places, at(k), 0));
    const names = [4, 5].map((k) => { const a = at(k); return cleanName(text, [a, a + pm![k]!.length], places, gaz); });
    if (!pls.every((x) => x && x.place.kind !== 'country') || !names.every(Boolean)) continue;
    const si = sentenceAt(sentences, base);
    const role: RoleCode = /governor/i.test(pm[1]!) ? 'governor' : 'mayor';
    names.forEach((sp, i) => {
      const p = get(text.slice(sp![0], sp![1]));
      if (p.titles.length) return;
      p.titles.push({ role, rawRole: role, span: [base, base + pm![1]!.length], of: pls[i]!.place.name, ofKind: 'place', ofSpan: pls[i]!.span, country: null, former: false, national: false, surface: pm![1]! });
      p.mentions.push({ span: sp!, sentence: si, full: true });
    });
  }
  // "Mayor Van Zanen receives …" over "Mayor Jan van Zanen received …": a particle surname is the full name's short form
  // (and "Mayor London Breed" over "Mayor London N. Breed": the name without its middle initial)
  const noInitials = (n: string) => n.replace(/\s+\p{Lu}\.(?=\s)/gu, '');
  for (const p of [...people.values()]) {
    const particle = /^(?:van|von|de|der|den|del|della|di|da|du|le|la|ter|ten|zu)\s/i.test(p.name);
    const full = [...people.values()].find((q) => q !== p && ((particle && q.name.toLowerCase().endsWith(' ' + p.name.toLowerCase())) ||
      (q.name !== noInitials(q.name) && noInitials(q.name) === p.name)));
    if (full) { full.titles.push(...p.titles); full.mentions.push(...p.mentions.map((m) => ({ ...m, full: false }))); people.delete(p.name); }
  }
  // other full-name and surname mentions
  for (const p of people.values()) {
    const parts = p.name.split(/\s+/);
    const surname = parts[parts.length - 1]!;
    // Chinese order "Chen Jining" → the text refers to "Chen"; Western order → last name
    const first = parts[0]!;
    p.shortForms = [surname];
    if (/^[A-Z][a-z]{0,3}$/.test(first) && parts.length === 2 && isPinyinGiven(parts[1]!)) p.shortForms = [first];
    addMentions(text, sentences, p, [p.name], true);
    addMentions(text, sentences, p, p.shortForms.filter((x) => x.length >= 2), false);
  }
  return [...people.values()];
}

function isPinyinGiven(s: string): boolean {
  return /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|o|e|i|u|ai|ei|ao|ou|an|en|ang|eng|ong|er|ia|ie|iao|iu|ian|in|iang|ing|iong|ua|uo|uai|ui|uan|un|uang|ue|v)+(?:(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|o|e|i|u|ai|ei|ao|ou|an|en|ang|eng|ong|ia|ie|iao|iu|ian|in|iang|ing|iong|ua|uo|uai|ui|uan|un|uang|ue))?$/i.test(s);
}

function addMentions(text: string, sentences: Sentence[], p: Person, forms: string[], full: boolean): void {
  for (const f of forms) {
    if (!f) continue;
    let i = 0;
    while ((i = text.indexOf(f, i)) >= 0) {
      const e = i + f.length;
      const okL = i === 0 || !/[\p{L}]/u.test(text[i - 1]!);
      const okR = e >= text.length || !/[\p{L}]/u.test(text[e]!) || /^s\b/.test(text.slice(e, e + 2));
      if (okL && okR && !p.mentions.some((m) => m.span[0] <= i && m.span[1] >= e)) {
        p.mentions.push({ span: [i, e], sentence: sentenceAt(sentences, i), full });
      }
      i = e;
    }
  }
  p.mentions.sort((a, b) => a.span[0] - b.span[0]);
}

// ------------------------------------------------------------------ Chinese

const ZH_BOUNDARY = /[，。、；：“”‘’「」（）()《》\s,;:!?！？【】—·]/;
const ZH_CUT_WORDS = ['会见', '会晤', '拜会', '拜访', '迎接', '接见', '会谈', '宴请', '陪同', '出席', '率团', '率领', '以及', '同', '与', '和', '及', '向', '对', '在', '是', '为', '由', '听取', '欢迎', '感谢', '致辞', '表示', '祝贺', '邀请'];
const ZH_ORG_SUFFIX = /(联谊会|联合会|总商会|商会|协会|学会|联盟|基金会|公司|集团|银行|大学|学院|研究院|研究所|研究中心|医院|俱乐部|中心|委员会|秘书处|人居署|组织|会)$/;
const ZH_NATIONAL = /(全国人大|全国政协|国务院|外交部|商务部|中共中央|中央|国家)/;
/** The national friendship association (CPAFFC): its officers represent the association (not a province's 省对外友协). */
const ZH_CPAFFC = /(?:中国人民对外友好协会|中国对外友协|全国对外友协|^对外友协)$/;

function extractZh(ctx: PeopleContext): Person[] {
  const { text, sentences, places, gaz } = ctx;
  const titles = findTitles(text, 'zh');
  const people = new Map<string, Person>();
  const get = (name: string): Person => {
    let p = people.get(name);
    if (!p) { p = { name, mentions: [], titles: [], shortForms: [] }; people.set(name, p); }
    return p;
  };
  // group consecutive titles into chains: 中共中央政治局委员、上海市委书记韩正
  let chain: TitleEvidence[] = [];
  for (let ti = 0; ti < titles.length; ti++) {
    const t = titles[ti]!;
    const si = sentenceAt(sentences, t.span[0]);
    const s = sentences[si]!;
    // prefix: back to a boundary or cut word
    let ps = t.span[0];
    while (ps > s.start && !ZH_BOUNDARY.test(text[ps - 1]!)) ps--;
    let prefix = text.slice(ps, t.span[0]);
    for (const w of ZH_CUT_WORDS) {
      let k = prefix.lastIndexOf(w);
      // 同乡会, 同学会: not the preposition 同; 对外友协: not the preposition 对
      if (w === '同' && k >= 0 && /[乡学事胞志盟济仁]/.test(prefix[k + 1] ?? '')) k = -1;
      if (w === '对' && k >= 0 && prefix[k + 1] === '外') k = -1;
      if (k >= 0 && !(w === '和' && /人民共和国$/.test(prefix.slice(0, k + 1)))) { prefix = prefix.slice(k + w.length); ps = t.span[0] - prefix.length; }
    }
    // names can sit in the prefix of a later title only if separated; a person name right before the title
    // ("拉赫蒙总统") is a post-nominal title: handled below as nameBefore
    const prevTitle = titles[ti - 1];
    if (prevTitle && prevTitle.span[1] > ps) { ps = prevTitle.span[1]; prefix = text.slice(ps, t.span[0]); }
    const former = /(前|原|老|时任|曾任)$/.test(prefix) || /^(前|原|时任|曾任)/.test(prefix);
    let of: string | null = null, ofKind: TitleEvidence['ofKind'] = null, ofSpan: Span | null = null, country: string | null = null;
    let postingSpanZh: Span | null = null;
    const inPrefix = places.filter((p) => p.span[0] >= ps && p.span[0] < t.span[0] && (p.span[1] <= t.span[0] || /^[市省区县府州]/.test(text.slice(t.span[0], p.span[1]))));
    const zhu = prefix.indexOf('驻');
    if (zhu >= 0) {
      const sender = inPrefix.find((p) => p.span[1] <= ps + zhu);
      if (sender) { country = sender.place.kind === 'country' ? sender.place.name : sender.place.country; of = country; ofKind = 'country'; ofSpan = sender.span; }
      const posted = inPrefix.find((p) => p.span[0] > ps + zhu);
      if (posted) postingSpanZh = posted.span;
      // "驻慕尼黑总领事邱学军", "驻南非大使": a Chinese text's diplomat posted abroad with no sender named is China's
      const postCountry = posted ? (posted.place.kind === 'country' ? posted.place.name : posted.place.country) : null;
      if (!sender && postCountry && postCountry !== 'China' && /^(总领事|领事|大使|公使|参赞)/.test(text.slice(t.span[0], t.span[1]))) { country = 'China'; of = country; ofKind = 'country'; ofSpan = [ps + zhu, t.span[0]]; }
    } else if ((ZH_ORG_SUFFIX.test(prefix.replace(/(副)?$/, '').replace(/(大中华区|中国区|亚太区|亚洲区|中国公司|驻华代表处|中国代表处)$/, '')) ||
      // "舍弗勒大中华区首席执行官": a known company before its regional unit
      !!gaz.organisation(prefix.replace(/^(?:了|的)/, '').replace(/(副)?$/, '').replace(/(大中华区|中国区|亚太区|亚洲区|中国公司|驻华代表处|中国代表处)$/, ''))) &&
      !/(人大常委会|常委会|市委|省委|区委|党委|政府|人民政府|市政府|议会|市政厅|州议会)$/.test(prefix) && !/^(市|省|区|县)/.test(prefix)) {
      // "会见了德国西门子公司董事长": drop the particle and a leading country; known organisations get their English name
      let o0 = ps;
      // "代表团成员悉尼大学校长", "随团来访的坎特伯雷大学校长": the words before the organisation say who travels, not what it is
      // ("来沪访问的特斯拉公司", "随团访问的以色列理工学院": a relative clause before the organisation ends at its 的)
      const lead0 = /^(?:了|的)?(?:代表团成员|代表团团员|随团来访的|随团的|随行的|来访的|陪同来访的|[^，。；、]{1,10}?(?:访问|来访|出席|参加|陪同)的)?/.exec(prefix);
      const lead = lead0 && lead0[0].length ? lead0 : null;
      if (lead) o0 += lead[0].length;
      const c0 = inPrefix.find((p) => p.span[0] === o0 && p.place.kind === 'country');
      if (c0) { country = c0.place.name; o0 = c0.span[1]; }
      // "大众汽车公司大中华区总裁": the company, not its regional unit
      const unit = /(大中华区|中国区|亚太区|亚洲区|中国公司|驻华代表处|中国代表处)$/.exec(text.slice(o0, t.span[0]));
      // "亚琛工业大学副校长": the vice marker belongs to the title, not to the organisation's name
      const org = text.slice(o0, t.span[0] - (unit ? unit[0].length : 0)).trim().replace(/副$/, '').replace(/(管理董事会|董事会|监事会|管委会)$/, '');
      const asWritten = text.slice(ps + (lead ? lead[0].length : 0), t.span[0]).trim().replace(/副$/, '');
      // "东盟秘书处副秘书长": the body's secretariat speaks for the body
      // ("巴斯夫集团" is BASF: the company word after a known name)
      // ("世界城市和地方政府联合组织秘书长": a known name holding 和 runs past the prefix's cut)
      let longKnown: string | undefined;
      for (let k = Math.min(16, t.span[0] - s.start); k > org.length && !longKnown; k--) longKnown = gaz.organisation(text.slice(t.span[0] - k, t.span[0]).replace(/副$/, ''));
      const known = longKnown ?? gaz.organisation(org) ?? gaz.organisation(org.replace(/秘书处$/, '')) ?? gaz.organisation(org.replace(/(集团公司|股份有限公司|有限公司|股份公司|集团|公司)$/, ''));
      if (ZH_NATIONAL.test(org)) { of = 'China'; ofKind = 'country'; ofSpan = [ps, t.span[0]]; }
      else if (known) { of = known; ofKind = 'org'; ofSpan = [o0, t.span[0]]; }
      else if (asWritten.length >= 2) { of = asWritten; ofKind = 'org'; ofSpan = [t.span[0] - asWritten.length, t.span[0]]; }
    } else if (ZH_NATIONAL.test(prefix)) {
      of = 'China'; ofKind = 'country'; ofSpan = [ps, t.span[0]];
    } else if (inPrefix.length) {
      const pl = inPrefix[inPrefix.length - 1]!;
      // a city-state's national offices: "新加坡国务资政", "新加坡总理"
      if (cityState(pl.place) && t.def.national) { country = pl.place.country; of = country; ofKind = 'country'; ofSpan = pl.span; }
      else if (pl.place.kind === 'country') { country = pl.place.name; if (t.def.national) { of = pl.place.name; ofKind = 'country'; ofSpan = pl.span; } }
      else { of = pl.place.name; ofKind = 'place'; ofSpan = pl.span; }
      // a country before a city: "美国旧金山市市长" → the city
      if (pl.place.kind !== 'country') {
        const c = inPrefix.find((x) => x.place.kind === 'country');
        if (c) country = c.place.name;
      }
    }
    const orgTitle = /^(.*(?:会|联盟|协会|公司|集团))(会长|副会长|理事长|董事长|总经理|总裁)$/.exec(t.def.surface);
    if (orgTitle && zhu < 0) { const org = (prefix + orgTitle[1]).trim(); if (org.length >= 3) { of = org; ofKind = 'org'; ofSpan = [ps, t.span[0] + orgTitle[1]!.length]; } }
    const rawRole = t.def.role;
    let role: RoleCode;
    if (rawRole === 'chair') role = /(人大)/.test(prefix) ? 'legislator' : /(政协)/.test(prefix) ? 'official' : /(国家)/.test(prefix) ? 'head_of_state' : /(自治区|政府)/.test(prefix) ? 'governor' : ofKind === 'org' ? 'business' : 'official';
    else if (rawRole === 'president' || rawRole === 'mayor_de' || rawRole === 'premier_de' || rawRole === 'secretary') role = 'official';
    else role = rawRole;
    // a district's own leaders (区委书记, 区长, 副区长) represent the district, which is then a party of its own: the district
    // named before the title, else the one district the publisher line, headline or text names ("北京市海淀区人民政府")
    if (/^(?:区委|区长|副区长|区政府)/.test(t.def.surface)) {
      if (t.def.surface === '区长') role = 'mayor';
      else if (t.def.surface === '副区长') role = 'deputy_mayor';
      const own = inPrefix.filter((x) => x.place.kind === 'district').pop();
      const districts = [...new Set(places.filter((x) => x.place.kind === 'district' && x.place.country === 'China').map((x) => x.place.name))];
      const header = places.find((x) => x.place.kind === 'district' && x.place.country === 'China' && sentences.some((st) => (st.isHeadline || st.isDateline) && x.span[0] >= st.start && x.span[1] <= st.end));
      const d = own?.place.name ?? header?.place.name ?? (districts.length === 1 ? districts[0] : undefined);
      if (d && (!of || ofKind !== 'place' || gaz.lookup(of)?.kind !== 'country')) { of = d; ofKind = 'place'; ofSpan = own?.span ?? ofSpan; }
    }
    if (role === 'legislator' && /全国人大/.test(prefix + t.def.surface)) { of = 'China'; ofKind = 'country'; }
    // "匈牙利外交与对外经济部长西雅尔托": a ministry named with 与 (cut above as "and"); the country stands before it
    if (!of && t.def.national && /部长$/.test(t.def.surface)) {
      const back = places.filter((pl) => pl.place.kind === 'country' && pl.span[1] <= ps && ps - pl.span[1] <= 12 && !/[，。；、]/.test(text.slice(pl.span[1], ps))).pop();
      if (back) { of = back.place.name; ofKind = 'country'; ofSpan = back.span; country = back.place.name; }
    }
    // "巴伐利亚州经济、能源和技术部部长": a region's ministry whose name lists fields (cut above at 、 and 和)
    if (!of && /部长$/.test(t.def.surface)) {
      const back = places.filter((pl) => pl.place.kind === 'region' && pl.span[1] <= ps && ps - pl.span[1] <= 16 && !/[，。；]/.test(text.slice(pl.span[1], ps)) && /[、和与]/.test(text.slice(pl.span[1], ps + 1))).pop();
      if (back) { of = back.place.name; ofKind = 'place'; ofSpan = back.span; }
    }
    // a national body of another country: "德国联邦议院议员", "法国国民议会议员", "日本外务省"
    if (!of && /(联邦议院|国民议会|国会|议会|联邦政府|外交部|外务省|内阁|联邦\S{0,8}部|\S{1,6}部)$/.test(prefix) && !/(市|省|州|区)\S{0,8}部$/.test(prefix)) {
      const c = inPrefix.find((x) => x.place.kind === 'country');
      if (c) { of = c.place.name; ofKind = 'country'; ofSpan = c.span; country = c.place.name; }
    }
    if (ZH_CPAFFC.test(prefix.replace(/^(了|的)/, '')) || (/^对外友协/.test(t.def.surface) && /^(?:全国|中国|中国人民)?$/.test(prefix.replace(/^(了|的)/, '')))) { of = gaz.organisation('CPAFFC') ?? of; ofKind = 'org'; ofSpan = [ps, t.span[0]]; country = 'China'; }
    // officers of a national friendship body (CPAFFC) act as officials
    if (role === 'other' && (ZH_NATIONAL.test(prefix) || ZH_CPAFFC.test(prefix))) role = 'official';
    // "汉堡市经济部长": a city's or state's minister is not a national one
    const national = (!!t.def.national && !(ofKind === 'place' && zhu < 0)) || ofKind === 'country';
    const ev: TitleEvidence = { role, rawRole, span: t.span, of, ofKind, ofSpan, country, former, national, postingSpan: postingSpanZh, surface: t.def.surface };
    chain.push(ev);
    // what follows the title?
    const after = text.slice(t.span[1], Math.min(s.end, t.span[1] + 24));
    const gapToNext = titles[ti + 1] ? text.slice(t.span[1], titles[ti + 1]!.span[0]) : '';
    if (/^、/.test(after) || (titles[ti + 1] && titles[ti + 1]!.span[0] - t.span[1] <= 12 && !/[，。；：]/.test(gapToNext) && !ZH_CUT_WORDS.some((w) => w.length > 1 && gapToNext.includes(w)) && !readZhName(text, t.span[1], s.end))) {
      continue; // more titles for the same person
    }
    const names: Span[] = [];
    let pos = t.span[1];
    // "校长兼副校监彼得·马西森": a second office joined by 兼 that the lexicon does not know stands between title and name
    const jian = /^兼[\u4e00-\u9fff]{1,6}?(?:监|长|官|理|事|任|席|记|员)(?=[\u4e00-\u9fff]{1,8}[·・])/.exec(text.slice(pos, pos + 10));
    if (jian) pos += jian[0].length;
    // (for a diplomat, the sending country counts: "中国驻大阪总领事孙立军以视频方式" is no Japanese name)
    const zhuAt = prefix.indexOf('驻');
    const japanese = inPrefix.some((x) => (zhuAt < 0 || x.span[1] <= ps + zhuAt) && (x.place.kind === 'country' ? x.place.name : x.place.country) === 'Japan');
    for (let guard = 0; guard < 6; guard++) {
      const sp0 = readZhName(text, pos, s.end);
      if (!sp0) break;
      let sp: Span = sp0;
      // Japanese names run to four characters (武内和久, 大村秀章); 和 and 一 are name characters there
      if (japanese && sp[1] - sp[0] < 4 && !text.slice(sp[0], sp[1]).includes('·')) {
        let e = sp[1];
        // (一 ends a name only as 一行: 田中浩一 is a name)
        while (e - sp[0] < 4 && e < s.end && isHan(text[e]) && (!ZH_JP_STOP.has(text[e]!) || (text[e] === '一' && text[e + 1] !== '行')) && !ZH_AFTER_NAME.test(text.slice(e, e + 2))) e++;
        // five characters with a given name in -郎 (高岛宗一郎)
        if (e - sp[0] === 4 && text[e] === '郎') e++;
        sp = [sp[0], e];
      }
      names.push(sp);
      // skip "（Ed Flynn）" and take "、NAME" lists
      let q = sp[1];
      const paren = /^[（(][^）)]{1,40}[）)]/.exec(text.slice(q));
      if (paren) q += paren[0].length;
      if (text[q] === '、' || text[q] === '和' || text[q] === '及') {
        // next item must be a bare name followed by a name-ending context, not another title
        const nx = readZhName(text, q + 1, s.end);
        let seg = q + 1;
        while (seg < s.end && !/[、，。；：,]/.test(text[seg]!)) seg++;
        // a title right after the next name makes it a new titled person ("、副市长王某"), one later in the clause does not
        const nextTitle = titles.find((x) => x.span[0] >= q + 1 && x.span[0] < seg && (!nx || x.span[0] <= nx[1] + 1));
        const placeNext = places.some((pl) => pl.span[0] === q + 1);
        if (nx && !nextTitle && !placeNext) { pos = q + 1; continue; }
      }
      break;
    }
    // post-nominal title: "拉赫蒙总统", "凯勒博士" — name before the title (only when no name after)
    // "中国—东盟市长论坛": the title is part of an event's name, so no name stands before it
    if (!names.length && !/^(论坛|会议|峰会|大会|联席会|圆桌|年会|座谈会|代表团|对话|交流会)/.test(text.slice(t.span[1], t.span[1] + 4))) {
      // "会见了纽森州长": the aspect particle after the verb is no part of the name
      if (/^[了着过]/.test(prefix) && /(会见|会晤|拜会|接见|见|会)$/.test(text.slice(Math.max(0, t.span[0] - prefix.length - 2), t.span[0] - prefix.length))) prefix = prefix.slice(1);
      const bs = t.span[0] - prefix.length;
      const nb = prefix.length >= 2 && prefix.length <= 5 && !inPrefix.length && !ZH_NOT_START.has(prefix[0]!) && !/[位名些等]$/.test(prefix) && !ZH_ORG_SUFFIX.test(prefix) && !/[市省区县州国委府部会]/.test(prefix) ? [bs, t.span[0]] as Span : null;
      // "纽森就任州长以来": the name ends before the verb that takes the office
      const took = nb ? /(就任|担任|出任|升任|当选|作为|身为|任)$/.exec(prefix) : null;
      if (nb && took) { if (prefix.length - took[0].length >= 2) names.push([bs, t.span[0] - took[0].length]); }
      else if (nb) {
        names.push(nb);
        // "习近平主席在…上宣布": a bare 主席 after a name is the head of state (a company's chair names its board)
        if (t.def.surface === '主席' && chain.length) { const c = chain[chain.length - 1]!; c.role = 'head_of_state'; c.national = true; }
      }
    }
    if (!names.length) { chain = []; continue; }
    // 北京市委副书记、市长殷勇: a later title in the chain without a place takes the earlier one's
    for (let k = 1; k < chain.length; k++) {
      const c = chain[k]!, prev = chain[k - 1]!;
      if (!c.of && prev.of && prev.ofKind === 'place' && !c.national) { c.of = prev.of; c.ofKind = prev.ofKind; c.ofSpan = prev.ofSpan; }
    }
    for (const sp of names) {
      const name = text.slice(sp[0], sp[1]);
      const p = get(name);
      for (const c of chain) p.titles.push({ ...c });
      p.mentions.push({ span: sp, sentence: si, full: true });
    }
    chain = [];
  }
  // merge transliterated short forms: 埃莫马利 ⊂ 鲁斯塔姆·埃莫马利
  const all = [...people.values()];
  for (const p of all) {
    for (const q of all) {
      if (p === q || !people.has(q.name) || !people.has(p.name)) continue;
      // also the start of the last part, when the short form was cut early (朱努沙 for …·朱努沙利耶夫), and a Japanese
      // surname for the four-character name (久元 for 久元喜造)
      const tail = q.name.includes('·') ? q.name.split('·').pop()! : '';
      const jpSurname = !q.name.includes('·') && q.name.length === 4 && p.name.length === 2 && q.name.startsWith(p.name);
      // (and a Hungarian's family name first: 西雅尔托 for 西雅尔托·彼得)
      if (jpSurname || (tail && (q.name.endsWith('·' + p.name) || q.name.startsWith(p.name + '·') || (p.name.length >= 3 && tail.startsWith(p.name))))) {
        q.titles.push(...p.titles); q.mentions.push(...p.mentions); people.delete(p.name);
      }
    }
  }
  for (const p of people.values()) {
    const forms = [p.name];
    if (p.name.includes('·')) forms.push(p.name.split('·').pop()!);
    p.shortForms = forms.slice(1);
    for (const f of forms) {
      if (!f) continue;
      let i = 0;
      while ((i = text.indexOf(f, i)) >= 0) {
        const e = i + f.length;
        if (!p.mentions.some((m) => m.span[0] <= i && m.span[1] >= e)) p.mentions.push({ span: [i, e], sentence: sentenceAt(sentences, i), full: f === p.name });
        i = e;
      }
    }
    p.mentions.sort((a, b) => a.span[0] - b.span[0]);
  }
  void gaz;
  return [...people.values()];
}

function countOcc(text: string, s: string): number {
  if (!s) return 0;
  let n = 0, i = 0;
  while ((i = text.indexOf(s, i)) >= 0) { n++; i += s.length; }
  return n;
}

const isHan = (c: string | undefined) => !!c && c >= '\u4e00' && c <= '\u9fff';

// characters of ZH_STOP that also occur in transliterated names (乌尔里希, 本杰明, 博格, 提姆): inside a name unless
// they start a common word (希望, 本次, 博士, 提出)
const ZH_TRANSLIT = new Set('希本博提考克别日'.split(''));
const ZH_TRANSLIT_WORD = /^(希望|本次|本届|本市|本人|本月|本周|本年|本地|本国|博士|提出|提到|提议|考察|克服|别的|别处|日前|日电|日讯|日在|日上|日下|日晚|日至|日起|日，|日。)/;
function translitChar(run: string, k: number): boolean {
  return ZH_TRANSLIT.has(run[k]!) && !ZH_TRANSLIT_WORD.test(run.slice(k, k + 2));
}

/** Characters that end transliterated foreign names (马哈茂德, 穆罕默德) but rarely follow a Chinese given name. */
const ZH_TRANSLIT_END = new Set('德斯尔克特夫姆娜茨基奇维兹'.split(''));
/** Stop characters that also end Chinese given names (王培和, 杨永年). */
const ZH_GIVEN_STOP = new Set('和年'.split(''));
const ZH_NOT_NAME = /^(论坛|会议|活动|仪式|大会|联盟|联合|协会|学会|商会|小组|陪同|来访|访问|峰会|圆桌|随团|随同|代表团|成功|圆满|顺利|身份|名义|夫人|先生|女士|一行|随行|随员|代表|嘉宾|客人|官员|领导|同事|家人|等人|全体|各位|双方|以来|就任|上任|到任|任内|期间|一职|之后|之前|以后)/;
/** Words that follow a name and so end it: "纽森就任州长以来" is 纽森, not 纽森就任. */
const ZH_NAME_CUT = /(就任|担任|出任|上任|到任|表示|指出|认为|介绍|强调|说道|致辞|讲话|发言|出席|参加|陪同|会见|会谈|访问|率团|一行|等人|拜会|拜访|发来|发表|通过|视频|下周|本周|上周|明天|今天|昨天|近日|日前|下月|本月)/;
/** Two characters that end a four-character run but are no given name ("王伟表示，"). */
const ZH_WORD2 = new Set('表示 指出 认为 介绍 强调 说道 致辞 讲话 发言 出席 参加 陪同 一行 等人 会见 会谈 先生 女士 夫人 同志 一同 共同 分别 率团 访问 来到 抵达 主持 宣布 称赞 感谢 欢迎 祝贺 希望 回顾 谈到 提出 代表 随后 首先 博士 教授 院士 阁下 主席 市长 书记 部长 大使 议员 议长 总裁 董事'.split(' '));

/** Read a Chinese person name starting at pos; null when none. */
export function readZhName(text: string, pos: number, limit: number): Span | null {
  const sp = readZhNameRaw(text, pos, limit);
  if (!sp) return null;
  const cut = ZH_NAME_CUT.exec(text.slice(sp[0] + 2, sp[1]));
  if (cut) return [sp[0], sp[0] + 2 + cut.index];
  // "李东协等。": 等 closes a list, it is no name character
  if (sp[1] - sp[0] >= 3 && text[sp[1] - 1] === '等' && !isHan(text[sp[1]])) return [sp[0], sp[1] - 1];
  return sp;
}

function readZhNameRaw(text: string, pos: number, limit: number): Span | null {
  if (ZH_NOT_NAME.test(text.slice(pos, pos + 2))) return null;
  // 曾 is "once" and a surname (曾赞荣): a name unless a past-tense phrase follows
  const zengName = text[pos] === '曾' && !/^曾(经|在|于|任|多次|两次|先后|到|来|访|是|与|率|赴|参与|担任)/.test(text.slice(pos, pos + 3));
  // 多罗特娅·…, 本杰明·…: a transliterated given name may start with a character that otherwise ends a name
  const dotted = /^[多本][\u4e00-\u9fff]{1,4}[·・]/.test(text.slice(pos, pos + 7));
  // 于 is "at" and a surname (于海田): a name unless a time follows ("市长于9日会见")
  const yuName = text[pos] === '于' && isHan(text[pos + 1]) && !/^于(今|昨|近|日|本|上|下|当|此|前|次|同|该|会|[一二三四五六七八九十])/.test(text.slice(pos, pos + 2));
  if (!isHan(text[pos]) || (ZH_NOT_START.has(text[pos]!) && !zengName && !dotted && !yuName)) return null;
  // 应邀 / 应…邀请: "at the invitation of", not the surname 应
  if (text[pos] === '应' && /^应(邀|约|[^，。；]{1,16}邀请)/.test(text.slice(pos, pos + 20))) return null;
  // transliterated names with "·"
  let e = pos;
  while (e < limit && e - pos < 16 && (isHan(text[e]) || text[e] === '·' || text[e] === '・' || ((text[e] === '-' || text[e] === '－') && isHan(text[e + 1]) && isHan(text[e - 1]) && (/[·・]/.test(text.slice(e, Math.min(limit, e + 8))) || /[·・]/.test(text.slice(pos, e)))))) e++;
  const run = text.slice(pos, e);
  const firstDot = run.search(/[·・]/);
  if (firstDot > 5 || (firstDot > 0 && [...run.slice(1, firstDot)].some((c) => ZH_DOT_BREAK.has(c)))) {
    // "陈吉宁会见了…彼得·…": a dot far away belongs to a later name
    return readZhNameRaw(text, pos, pos + firstDot > limit ? limit : pos + Math.min(firstDot, 4));
  }
  if (/[·・]/.test(run)) {
    // after the last dot, stop at a stop character
    const lastDot = Math.max(run.lastIndexOf('·'), run.lastIndexOf('・'));
    let k = lastDot + 2;
    while (k < run.length && (!ZH_STOP.has(run[k]!) || translitChar(run, k))) k++;
    return [pos, pos + Math.min(k, run.length)];
  }
  const two = run.slice(0, 2);
  const compound = ZH_COMPOUND.includes(two);
  // surnames that also begin many transliterated names (施泰因迈尔, 艾格纳, 温克勒): a run of four or more characters up to
  // the next stop character is a foreign name
  let foreignLen = 1;
  if (ZH_SURNAMES_TRANSLIT.has(run[0]!)) {
    while (foreignLen < run.length && foreignLen < 6 && (!ZH_STOP.has(run[foreignLen]!) || translitChar(run, foreignLen)) && run[foreignLen] !== '为' &&
      !/^(副|市长|市委|省长|省委|书记|主任|先生|女士|总领事|总经理|总裁|部长|大使|议员|议长|局长|秘书长|常委)/.test(run.slice(foreignLen))) foreignLen++;
  }
  if (foreignLen >= 4) return [pos, pos + foreignLen];
  if (ZH_SURNAMES.has(run[0]!) || compound) {
    const base = compound ? 3 : 2;
    if (run.length < base) return null;
    // (Korean given names hold 在: 郑在浩, 文在寅)
    const jae = run[1] === '在' && run.length >= 3 && isHan(run[2]) && !ZH_STOP.has(run[2]!) && (run.length === 3 || /^(一行|等|表示|说|先生|女士|大使|总领事|市长)/.test(run.slice(3)) || !isHan(run[3]));
    if (base === 2 && /[的了在和与及等]/.test(run[1]!) && !jae) return null;
    // a Japanese name of four characters standing alone ("议长高桥和江，"): the run ends at punctuation and its second half
    // is no word that follows names
    if (!compound && run.length === 4 && /^[，、。；：（(\s]/.test(text[pos + 4] ?? '') && !ZH_WORD2.has(run.slice(2)) && !ZH_AFTER_NAME.test(run.slice(2))) return [pos, pos + 4];
    let L = base;
    if (base === 2 && run.length >= 3 && ZH_STOP.has(run[2]!) && !/[在和与及等的了是将已向对为从由把被给让一以也还于到]/.test(run[2]!) &&
      (/^[，、。；：（(]/.test(text[pos + 3] ?? '') || ZH_WORD2.has(run.slice(3, 5)) || /^(说|等)/.test(run.slice(3)))) return [pos, pos + 3];
    if (run.length > base && !ZH_STOP.has(run[base]!) && !ZH_AFTER_NAME.test(run.slice(base, base + 2))) {
      const p2 = run.slice(0, base), p3 = run.slice(0, base + 1);
      if (countOcc(text, p3) === countOcc(text, p2)) L = base + 1;
      // "马哈茂德出席": a fourth character typical of transliterations continues a foreign name
      if (L === 3 && base === 2 && run.length > 3 && ZH_TRANSLIT_END.has(run[3]!) && !/^(德国|德方|斯坦|尔后)/.test(run.slice(3, 5)) && countOcc(text, run.slice(0, 4)) === countOcc(text, p3)) L = 4;
    } else if (base === 2 && run.length >= 3 && ZH_GIVEN_STOP.has(run[2]!) && /^[、，。；：]/.test(text[pos + 3] ?? '') && countOcc(text, run.slice(0, 3)) === countOcc(text, run.slice(0, 2))) {
      // "副主任王培和、秘书长…", "大使杨永年，": a character that usually ends a name (和, 年) is part of it before punctuation
      L = 3;
    } else if (base === 2 && run.length >= 3 && run[2] === '年' && !/^[月初底前内度来后中末]/.test(run[3] ?? '') && countOcc(text, run.slice(0, 3)) === countOcc(text, run.slice(0, 2))) {
      L = 3;
    }
    return [pos, pos + L];
  }
  // foreign transliteration without dot: up to the first stop character, 2..6 chars
  let k = 1;
  while (k < run.length && k < 6 && (!ZH_STOP.has(run[k]!) || translitChar(run, k) || (run[k] === '一' && run[k + 1] !== '行' && k >= 2)) && run[k] !== '为' && !(k >= 2 && ZH_AFTER_NAME.test(run.slice(k, k + 2)))) k++;
  if (k < 2) return null;
  return [pos, pos + k];
}

export function bestTitle(p: Person): TitleEvidence | null {
  if (!p.titles.length) return null;
  return [...p.titles].sort((a, b) => {
    if (a.former !== b.former) return a.former ? 1 : -1;
    // the same office named twice ("市长胡某" in the headline, "武汉市市长胡某" in the text): the one with a place wins
    return ROLE_RANK[a.role] - ROLE_RANK[b.role] || (a.of ? 0 : 1) - (b.of ? 0 : 1);
  })[0]!;
}

/** An organisation's name as written, made canonical where the text inflects or qualifies it: "Airbus China" → Airbus,
 *  "Management of BMW AG" → BMW, "der Deutsch-Chinesischen Gesellschaft Ruhr" → Deutsch-Chinesische Gesellschaft Ruhr. */
function normaliseOrg(org: string, gaz: Gazetteer): string {
  const board = /^(?:(?:Board of )?Management|Board of Directors|Supervisory Board|Executive Board) of (?:the )?(.+)$/.exec(org);
  if (board) return gaz.organisation(board[1]!) ?? gaz.organisation(board[1]!.replace(/\s+(?:AG|SE|GmbH|Group|Inc\.?|Ltd\.?|plc)$/, '')) ?? board[1]!;
  const unit = /^(.+?)\s+(?:China|Germany|Deutschland|Europe|Europa|Asia|Asia Pacific|Greater China|Asien)$/.exec(org);
  if (unit && gaz.organisation(unit[1]!)) return gaz.organisation(unit[1]!)!;
  // "der Technischen Universität Dresden", "der Freien Universität Berlin": the nominative is the known name
  const nominative = org.replace(/^(\p{Lu}\p{Ll}+)en(?=\s+(?:Universität|Hochschule|Akademie|Gesellschaft|Stiftung|Kammer|Bank|Werke)\b)/u, '$1e');
  if (nominative !== org && gaz.organisation(nominative)) return gaz.organisation(nominative)!;
  return org.replace(/^((?:\p{Lu}\p{Ll}+-)*\p{Lu}\p{Ll}+isch)en(?=\s+(?:Gesellschaft|Vereinigung|Stiftung|Kammer|Akademie|Hochschule|Universität|Handelskammer|Freundschaftsgesellschaft)\b)/u, '$1e')
    // the genitive of the head noun ("Obmann des Vereins Städtefreundschaft …", "Direktor des Instituts für …")
    .replace(/^(Verein|Verband|Institut|Zentrum|Klub|Club|Konzern|Werk)e?s(?=\s)/, '$1');
}

let pinyinSurnames: Set<string> | null = null;
const PY_SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxzcsryw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|ua|uo|ia|ie|iu|ui|ue|er|a|o|e|i|u|v)$/;
/** Can the word be split into pinyin syllables ("weiping" → wei·ping)? */
function pinyinWord(w: string): boolean {
  const ok: boolean[] = [true];
  for (let i = 1; i <= w.length; i++) { ok[i] = false; for (let j = Math.max(0, i - 6); j < i; j++) if (ok[j] && PY_SYLLABLE.test(w.slice(j, i))) { ok[i] = true; break; } }
  return ok[w.length]!;
}
/** Is a Latin-script name a Chinese name in pinyin ("Zhou Weiping", "Wang Chunsheng")? A common surname (from the
 *  Hanzi surname list, converted once) and a given name of pinyin syllables. */
export function isPinyinName(name: string): boolean {
  const toks = name.toLowerCase().split(/[\s-]+/).filter(Boolean);
  if (toks.length < 2 || toks.length > 3) return false;
  if (!pinyinSurnames) {
    pinyinSurnames = new Set();
    for (const c of ZH_SURNAMES) for (const py of pinyin(c, { toneType: 'none', type: 'array', v: true }) as string[]) pinyinSurnames.add(py);
  }
  return pinyinSurnames.has(toks[0]!) && toks.slice(1).every(pinyinWord);
}

export { sentenceAt, PRONOUN_REF };
