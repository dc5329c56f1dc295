// Title lexicon: job titles in de / en / zh → normalised role codes (PRODUCT.md "Person roles").
// Each language gets one alternation regex, longest surface first, so "Vizebürgermeisterin" wins over
// "Bürgermeister" and 副市长 over 市长.
import type { RoleCode } from '../domain/taxonomy.ts';
import type { Lang } from './types.ts';

/** 'mayor_de' = plain German "Bürgermeister(in)": mayor of a town, or a deputy under an Oberbürgermeister.
 *  'president' = resolved by what it presides over (country, parliament, company, university…).
 *  'premier_de' = "Ministerpräsident": head of government of a country, governor of a German Land. */
export type TitleRole = RoleCode | 'mayor_de' | 'president' | 'premier_de' | 'chair' | 'secretary';

export interface TitleDef { surface: string; role: TitleRole; national?: boolean; former?: boolean }

// German: "(in)", "(innen)", "(s)", "(n)" inflections are added generically below.
const DE: Array<[string, TitleRole, boolean?, boolean?]> = [
  // English titles kept in German reports on British, Irish and American partners ("angeführt von Mayor Derek Havard")
  ['Mayor', 'mayor'], ['Lord Mayor', 'mayor'], ['Deputy Mayor', 'deputy_mayor'], ['Councillor', 'legislator'],
  // former office holders written as one word
  ['Altoberbürgermeister', 'mayor', false, true], ['Alt-Oberbürgermeister', 'mayor', false, true], ['Altbürgermeister', 'mayor', false, true],
  ['Alt-Bürgermeister', 'mayor', false, true], ['Altbundeskanzler', 'head_of_government', true, true], ['Altkanzler', 'head_of_government', true, true],
  ['Altbundespräsident', 'head_of_state', true, true], ['Altministerpräsident', 'governor', false, true], ['Altlandrat', 'official', false, true],
  ['Altstadtrat', 'legislator', false, true], ['Altstadträtin', 'legislator', false, true],
  ['Parteisekretär', 'party_secretary'], ['Parteichef', 'party_secretary'], ['KP-Chef', 'party_secretary'],
  ['Sekretär des Parteikomitees', 'party_secretary'], ['Parteikomitee-Sekretär', 'party_secretary'],
  ['stellvertretende Parteisekretär', 'official'], ['Vize-Parteisekretär', 'official'],
  ['Oberbürgermeister', 'mayor'], ['Erste Bürgermeister', 'mayor'], ['Erster Bürgermeister', 'mayor'],
  ['Regierende Bürgermeister', 'mayor'], ['Regierender Bürgermeister', 'mayor'], ['Stadtpräsident', 'mayor'],
  ['Lord Mayor', 'mayor'], ['Lord Provost', 'mayor'], ['Seniorminister', 'minister', true],
  ['Wirtschaftsbürgermeister', 'deputy_mayor'], ['Finanzbürgermeister', 'deputy_mayor'], ['Baubürgermeister', 'deputy_mayor'],
  ['Sozialbürgermeister', 'deputy_mayor'], ['Kulturbürgermeister', 'deputy_mayor'], ['Umweltbürgermeister', 'deputy_mayor'],
  ['Ordnungsbürgermeister', 'deputy_mayor'], ['Schulbürgermeister', 'deputy_mayor'], ['Senatorin', 'official'],
  ['Bürgermeister', 'mayor_de'], ['amtierende Bürgermeister', 'mayor'], ['Amtskollege', 'mayor'], ['Amtskollegin', 'mayor'], ['Amtskollegen', 'mayor'],
  ['Vizebürgermeister', 'deputy_mayor'], ['Bezirksbürgermeister', 'official'], ['Ortsvorsteher', 'official'], ['Bezirksvorsteher', 'official'],
  ['Regierungspräsident', 'official'], ['Polizeipräsident', 'official'], ['Kreisdirektor', 'official'], ['Kammerpräsident', 'business'],
  ['Handelskammerpräsident', 'business'], ['Handwerkskammerpräsident', 'business'], ['Präses', 'business'], ['Messechef', 'business'],
  ['Bürgerschaftsabgeordnete', 'legislator'], ['Stadtverordnetenvorsteher', 'legislator'], ['Ratsfrau', 'legislator'], ['Bezirksverordnete', 'legislator'], ['Vize-Bürgermeister', 'deputy_mayor'], ['Vizeoberbürgermeister', 'deputy_mayor'],
  ['Vize-Oberbürgermeister', 'deputy_mayor'], ['stellvertretende Bürgermeister', 'deputy_mayor'],
  ['stellvertretender Bürgermeister', 'deputy_mayor'], ['stellvertretende Oberbürgermeister', 'deputy_mayor'],
  ['Zweite Bürgermeister', 'deputy_mayor'], ['Zweiter Bürgermeister', 'deputy_mayor'], ['Dritte Bürgermeister', 'deputy_mayor'],
  ['Dritter Bürgermeister', 'deputy_mayor'], ['geschäftsführende Vizebürgermeister', 'deputy_mayor'],
  ['Ministerpräsident', 'premier_de'], ['Gouverneur', 'governor'], ['Provinzgouverneur', 'governor'], ['Landeshauptmann', 'governor'],
  ['Präfekt', 'governor'],
  ['Vizegouverneur', 'official'], ['Vize-Gouverneur', 'official'], ['stellvertretende Gouverneur', 'official'],
  ['Bundespräsident', 'head_of_state', true], ['Staatspräsident', 'head_of_state', true], ['Staatschef', 'head_of_state', true],
  ['Präsident', 'president'], ['Vizepräsident', 'official'],
  ['Bundeskanzler', 'head_of_government', true], ['Kanzler', 'head_of_government', true], ['Premierminister', 'head_of_government', true],
  ['Regierungschef', 'head_of_government', true], ['Ministerpräsidentin', 'premier_de'],
  ['Minister', 'minister', true], ['Bundesminister', 'minister', true], ['Vizeminister', 'official', true],
  ['Wirtschaftsminister', 'minister'], ['Finanzminister', 'minister'], ['Verkehrsminister', 'minister'], ['Umweltminister', 'minister'],
  ['Kultusminister', 'minister'], ['Wissenschaftsminister', 'minister'], ['Innenminister', 'minister'], ['Bildungsminister', 'minister'],
  ['Gesundheitsminister', 'minister'], ['Europaminister', 'minister'], ['Sozialminister', 'minister'], ['Justizminister', 'minister'],
  ['Bundeswirtschaftsminister', 'minister', true], ['Bundesfinanzminister', 'minister', true], ['Bundesaußenminister', 'minister', true],
  ['Außenminister', 'minister', true], ['Wirtschaftssenator', 'official'], ['Stadtkämmerer', 'official'], ['Kämmerer', 'official'], ['Finanzsenator', 'official'], ['Kultursenator', 'official'], ['stellvertretende Minister', 'official', true], ['Vizepremier', 'minister', true], ['stellvertretende Premierminister', 'minister', true], ['Vizekanzler', 'minister', true],
  ['stellvertretende Regierungschef', 'minister', true], ['Vizepremierminister', 'minister', true],
  ['Vize-Premier', 'minister', true], ['Vizeministerpräsident', 'minister', true], ['Staatsminister', 'minister', true],
  ['Botschafter', 'ambassador', true], ['Generalkonsul', 'consul_general', true], ['Konsul', 'official', true],
  ['Bürgerschaftspräsident', 'legislator'], ['Landtagspräsident', 'legislator'], ['Landtagsvizepräsident', 'legislator'], ['Landtagsvizepräsidentin', 'legislator'], ['Vizepräsident des Landtags', 'legislator'], ['Vizepräsidentin des Landtags', 'legislator'], ['Mitglied des Vorstands', 'business'], ['Mitglied des Vorstandes', 'business'], ['Vorstandsmitglied', 'business'], ['Mitglied der Geschäftsführung', 'business'], ['Parlamentspräsident', 'legislator'],
  ['Stadtrat', 'legislator'], ['Stadträtin', 'legislator'], ['Stadtverordnete', 'legislator'], ['Ratsmitglied', 'legislator'],
  ['Ratsherr', 'legislator'], ['Ratsherren', 'legislator'], ['Ratsfrauen', 'legislator'], ['Stadträte', 'legislator'], ['Ratsmitglieder', 'legislator'], ['Abgeordnete', 'legislator'], ['Abgeordneter', 'legislator'], ['Bundestagsabgeordnete', 'legislator', true],
  ['Landtagsabgeordnete', 'legislator'], ['Ratsvorsitzende', 'legislator'],
  ['Vorsitzende des Ständigen Ausschusses', 'legislator'], ['Vizevorsitzende des Ständigen Ausschusses', 'legislator'],
  ['Staatsrat', 'official'], ['Staatsrätin', 'official'], ['Beigeordnete', 'official'], ['Beigeordneter', 'official'], ['Dezernent', 'official'],
  ['Referent', 'official'], ...['Wirtschafts', 'Kultur', 'Umwelt', 'Sozial', 'Finanz', 'Bau', 'Personal', 'Schul', 'Ordnungs', 'Sport', 'Planungs', 'Europa', 'Gesundheits', 'Wissenschafts', 'Bildungs', 'Rechts', 'Stadtentwicklungs']
    .flatMap((x) => [[`${x}referent`, 'official'], [`${x}dezernent`, 'official']] as Array<[string, TitleRole]>), ['Landrat', 'official'], ['Landrätin', 'official'], ['Amtsleiter', 'official'], ['Stadtdirektor', 'official'],
  ['Generalsekretär', 'official'], ['Staatssekretär', 'official', true], ['Pressesprecher', 'official'], ['Stadtsprecher', 'official'],
  ['Senator', 'official'], ['Direktor des Büros für auswärtige Angelegenheiten', 'official'], ['Direktorin des Büros für auswärtige Angelegenheiten', 'official'], ['Direktor', 'official'], ['Direktorin', 'official'], ['Leiter', 'official'], ['Leiterin', 'official'], ['Leiter des Außenamtes', 'official'],
  ['Leiter des Amtes für internationale Angelegenheiten', 'official'], ['Leiter des Büros für internationale Angelegenheiten', 'official'],
  ['Sekretär', 'secretary'], ['Generalsekretärin', 'official'], ['Stadtoberhaupt', 'mayor'],
  ['Vorstandsvorsitzende', 'business'], ['Vorstandsvorsitzender', 'business'], ['Vorstandschef', 'business'], ['Vorstand', 'business'],
  ['Geschäftsführer', 'business'], ['Hauptgeschäftsführer', 'business'], ['Firmenchef', 'business'], ['Konzernchef', 'business'], ['Unternehmenssprecher', 'business'],
  ['IHK-Präsident', 'business'], ['Aufsichtsratsvorsitzende', 'business'], ['Unternehmer', 'business'], ['Gründer', 'business'],
  ['Rektor', 'academic'], ['Universitätspräsident', 'academic'], ['Institutsleiter', 'academic'], ['Institutsdirektor', 'academic'],
  ['Professor', 'academic'], ['Vereinsvorsitzende', 'other'], ['Vorsitzende', 'chair'], ['Vorsitzender', 'chair'],
  // Austria's club and association chairs
  ['Obmann', 'chair'], ['Obfrau', 'chair'],
];

const EN: Array<[string, TitleRole, boolean?, boolean?]> = [
  ['Party Secretary', 'party_secretary'], ['Party chief', 'party_secretary'], ['Communist Party chief', 'party_secretary'],
  ['Party boss', 'party_secretary'], ['Party leader', 'party_secretary'], ['deputy Party secretary', 'official'],
  ['secretary', 'secretary'], ['deputy secretary', 'official'], ['Party committee secretary', 'party_secretary'],
  ['Lord Mayor', 'mayor'], ['Lord Provost', 'mayor'], ['First Mayor', 'mayor'],
  ['council leader', 'legislator'], ['councilwoman', 'legislator'], ['councilman', 'legislator'], ['vice chairwoman', 'official'], ['superintendent', 'official'], ['port director', 'official'], ['First Minister', 'governor'], ['executive director', 'official'], ['leader of the council', 'legislator'], ['Senior Minister', 'minister', true], ['Governing Mayor', 'mayor'], ['acting mayor', 'mayor'], ['Mayor', 'mayor'],
  ['Oberbürgermeister', 'mayor'], ['Oberbürgermeisterin', 'mayor'],
  ['executive vice mayor', 'deputy_mayor'], ['vice mayor', 'deputy_mayor'], ['vice-mayor', 'deputy_mayor'], ['deputy mayor', 'deputy_mayor'],
  ['deputy lord mayor', 'deputy_mayor'], ['State Councillor', 'official'], ['State Councilor', 'official'], ['Depute Lord Provost', 'deputy_mayor'], ['Deputy Lord Provost', 'deputy_mayor'], ['Council President', 'legislator'], ['council speaker', 'legislator'], ['Senate President', 'legislator'], ['vice governor', 'official'], ['vice-governor', 'official'], ['deputy governor', 'official'],
  ['lieutenant governor', 'official'], ['governor', 'governor'], ['prefectural governor', 'governor'],
  ['Governor-General', 'head_of_state', true], ['Governor General', 'head_of_state', true], ['President', 'president'], ['vice president', 'official', true], ['vice-president', 'official', true],
  ['Federal Councillor', 'minister', true], ['Chief Minister', 'governor'], ['Minister-President', 'premier_de'], ['Minister President', 'premier_de'], ['state premier', 'premier_de'],
  ['Premier', 'head_of_government', true], ['Prime Minister', 'head_of_government', true], ['Chancellor', 'head_of_government', true],
  ['head of government', 'head_of_government', true], ['head of state', 'head_of_state', true],
  ['deputy prime minister', 'minister', true], ['vice minister', 'official', true], ['deputy minister', 'official', true], ['vice premier', 'minister', true], ['Minister', 'minister', true],
  ['Secretary of State', 'minister', true], ['Treasury Secretary', 'minister', true], ['Secretary of the Treasury', 'minister', true],
  ['Commerce Secretary', 'minister', true], ['Secretary of Commerce', 'minister', true], ['Foreign Secretary', 'minister', true],
  ['Home Secretary', 'minister', true], ['Energy Secretary', 'minister', true], ['Transportation Secretary', 'minister', true],
  ['Ambassador', 'ambassador', true], ['envoy', 'ambassador', true], ['Consul General', 'consul_general', true],
  ['Consul-General', 'consul_general', true], ['consul', 'official', true],
  ['councillor', 'legislator'], ['Cllr', 'legislator'], ['councilor', 'legislator'], ['council member', 'legislator'], ['councilmember', 'legislator'],
  ['city councillor', 'legislator'], ['alderman', 'legislator'], ['senator', 'legislator'], ['US Senator', 'legislator', true], ['Senate Majority Leader', 'legislator', true], ['Majority Leader', 'legislator', true], ['Minority Leader', 'legislator', true], ['congressman', 'legislator', true],
  ['congresswoman', 'legislator', true], ['lawmaker', 'legislator'], ['legislator', 'legislator'], ['assemblyman', 'legislator'],
  ['assembly member', 'legislator'], ['member of parliament', 'legislator'], ['MP', 'legislator'], ['speaker', 'legislator'],
  ['chairman of the Standing Committee', 'legislator'], ['chairwoman of the Standing Committee', 'legislator'],
  ['vice chairman of the Standing Committee', 'legislator'], ['vice chairwoman of the Standing Committee', 'legislator'],
  ['vice-chairman of the Standing Committee', 'legislator'], ['vice-chairwoman of the Standing Committee', 'legislator'],
  // 市委常委 in English: "a member of the Standing Committee of the CPC Shanghai Municipal Committee" (a People's Congress's
  // standing committee makes a legislator, see resolveRole)
  ['member of the Standing Committee', 'official'], ['Standing Committee member', 'official'],
  // Kenya's county executives, Brazil's municipal secretaries
  ['Executive Committee Member', 'official'], ['Municipal Secretary', 'official'],
  ['vice-chairman', 'official'], ['vice-chairwoman', 'official'], ['Gov.', 'governor'], ['Lt. Gov.', 'official'], ['Lt. Governor', 'official'], ['Sen.', 'legislator'],
  ['secretary-general', 'official'], ['secretary general', 'official'], ['deputy secretary-general', 'official'],
  ['director-general', 'official'], ['director general', 'official'], ['city director', 'official'], ['director', 'official'],
  ['official', 'official'], ['spokesperson', 'official'], ['spokesman', 'official'], ['spokeswoman', 'official'],
  ['commissioner', 'official'], ['chief of staff', 'official'], ['city leaders', 'official'], ['city leader', 'official'],
  ['municipal leaders', 'official'], ['head of the foreign affairs office', 'official'], ['vice chairman', 'official'],
  ['CEO', 'business'], ['board member', 'business'], ['member of the board', 'business'], ['chief executive', 'business'], ['chief executive officer', 'business'], ['chairman', 'chair'],
  ['chairwoman', 'chair'], ['chairperson', 'chair'], ['chair', 'chair'], ['executive', 'business'], ['managing director', 'business'], ['founder', 'business'],
  ['head', 'chair'], ['boss', 'business'], ['chief', 'chair'], ['akim', 'mayor'], ['hokim', 'mayor'], ['khokim', 'mayor'], ['hakim', 'mayor'], ['Municipal President', 'mayor'], ['City Manager', 'official'], ['Town Manager', 'official'], ['County Manager', 'official'], ['Town Clerk', 'official'], ['chief administrative officer', 'official'],
  ['professor', 'academic'], ['academician', 'academic'], ['university president', 'academic'], ['rector', 'academic'],
  ['dean', 'academic'], ['vice-chancellor', 'academic'], ['community leader', 'other'],
];

const ZH: Array<[string, TitleRole, boolean?, boolean?]> = [
  ['市委书记', 'party_secretary'], ['省委书记', 'party_secretary'], ['区委书记', 'party_secretary'], ['县委书记', 'party_secretary'],
  ['党委书记', 'party_secretary'], ['自治区党委书记', 'party_secretary'], ['书记', 'party_secretary'],
  ['市委副书记', 'official'], ['省委副书记', 'official'], ['副书记', 'official'],
  ['市长', 'mayor'], ['代市长', 'mayor'], ['区长', 'official'], ['副区长', 'official'], ['区厅长', 'mayor'],
  ['副市长', 'deputy_mayor'], ['常务副市长', 'deputy_mayor'],
  ['省长', 'governor'], ['州长', 'governor'], ['知事', 'governor'], ['都知事', 'governor'], ['府知事', 'governor'], ['县知事', 'governor'],
  ['道知事', 'governor'], ['总督', 'governor'], ['副省长', 'official'], ['副州长', 'official'],
  ['国家主席', 'head_of_state', true], ['总统', 'head_of_state', true], ['国王', 'head_of_state', true],
  ['总理', 'head_of_government', true], ['首相', 'head_of_government', true],
  ['副总理', 'minister', true], ['国务资政', 'minister', true], ['资政', 'minister', true], ['高级部长', 'minister', true], ['部长', 'minister', true], ['国务卿', 'minister', true], ['大臣', 'minister', true], ['财长', 'minister', true],
  ['副部长', 'official', true],
  ['首席部长', 'governor'], ['大使', 'ambassador', true], ['参赞', 'official', true], ['公使', 'official', true], ['首席大臣', 'governor'], ['总领事', 'consul_general', true], ['副总领事', 'official', true], ['领事', 'official', true],
  ['人大常委会主任', 'legislator'], ['人大常委会委员', 'legislator'], ['常委会委员', 'legislator'], ['人大代表', 'legislator'], ['人大常委会副主任', 'legislator'], ['副主任委员', 'legislator'], ['主任委员', 'legislator'],
  ['议员', 'legislator'], ['市议员', 'legislator'], ['州议员', 'legislator'], ['议长', 'legislator'], ['副议长', 'legislator'],
  ['议会主席', 'legislator'], ['参议员', 'legislator'], ['众议员', 'legislator'], ['市议会议长', 'legislator'], ['市议会主席', 'legislator'],
  ['秘书长', 'official'], ['市长助理', 'official'], ['助理', 'official'], ['国务秘书', 'official'], ['州务秘书', 'official'], ['副秘书长', 'official'], ['外办主任', 'official'], ['市委常委', 'official'], ['省委常委', 'official'],
  ['政协主席', 'official'], ['政协副主席', 'official'], ['对外友协会长', 'official'], ['对外友协副会长', 'official'], ['主任', 'official'],
  ['副主任', 'official'], ['局长', 'official'], ['副局长', 'official'], ['处长', 'official'], ['发言人', 'official'], ['政治局委员', 'official'],
  ['政治局常委', 'official'], ['市领导', 'official'], ['副主席', 'official'], ['主席', 'chair'],
  ['董事长', 'business'], ['董事会成员', 'business'], ['董事会主席', 'business'], ['执行董事', 'business'], ['董事', 'business'], ['总经理', 'business'], ['总裁', 'business'], ['首席执行官', 'business'], ['商会会长', 'business'],
  ['总商会会长', 'business'], ['执行董事', 'business'], ['创始人', 'business'],
  ['院士', 'academic'], ['校长', 'academic'], ['院长', 'academic'], ['研究院院长', 'academic'], ['所长', 'academic'], ['教授', 'academic'],
  ['侨领', 'other'], ['联谊会会长', 'other'], ['联盟会长', 'other'], ['会长', 'other'], ['理事长', 'other'], ['副会长', 'other'],
];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function deVariants(s: string): string {
  // Oberbürgermeister → Oberbürgermeister(?:in(?:nen)?|s|n)?; "Erste Bürgermeister" → Erste[rn]? Bürgermeister…
  let r = esc(s).replace(/ /g, '\\s+');
  r = r.replace(/^(Erste|Zweite|Dritte|Regierende|stellvertretende|amtierende|geschäftsführende|Vize-?)(r?)\\s\+/, '$1[rnm]?\\s+');
  if (/(ent|ant)$/.test(s)) r += '(?:in(?:nen)?|en)?';
  else if (/(bgeordnete|eigeordnete|orsitzende|verordnete)r?$/.test(s)) r = r.replace(/r$/, '') + '[rn]?';
  else if (/(er|ar|är|or|ur|at|eur|ekt|ent|rat|ul|ef|herr|mann|glied|stand|haupt)$/.test(s)) r += '(?:in(?:nen)?|innen|s|n|en|e)?';
  // feminine plural: "die Stadträtinnen A und B"
  else if (/in$/.test(s)) r += '(?:nen)?';
  return r;
}

/** Letters of Latin-script text, as a character-class body. A non-unicode pattern with this class is several times faster
 *  than one with \p{L} and the u flag, which matters for these long alternations. */
export const LATIN_LETTERS = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF';

export interface CompiledTitles { re: RegExp; defs: Map<string, TitleDef> }
const compiled = new Map<Lang, CompiledTitles>();

function build(lang: Lang): CompiledTitles {
  const src = lang === 'de' ? DE : lang === 'en' ? EN : ZH;
  const defs = new Map<string, TitleDef>();
  const parts: Array<{ pat: string; len: number }> = [];
  for (const [surface, role, national, former] of src) {
    defs.set(surface.toLowerCase(), { surface, role, national, former });
    const pat = lang === 'de' ? deVariants(surface) : lang === 'en' ? esc(surface).replace(/ /g, '\\s+') + '(?:s)?' : esc(surface);
    parts.push({ pat: `(?<t${parts.length}>${pat})`, len: surface.length });
  }
  // longest first
  const order = parts.map((p, i) => ({ ...p, i })).sort((a, b) => b.len - a.len);
  const indexToSurface = src.map((x) => x[0]);
  const alt = order.map((p) => p.pat).join('|');
  const re = lang === 'zh'
    ? new RegExp(alt, 'g')
    : lang === 'de'
      ? new RegExp(`(?<![${LATIN_LETTERS}-])(?:${alt})(?![${LATIN_LETTERS}])`, 'g')
      : new RegExp(`(?<![${LATIN_LETTERS}-])(?:${alt})(?![${LATIN_LETTERS}])`, 'gi');
  (re as RegExp & { surfaces?: string[] }).surfaces = indexToSurface;
  return { re, defs };
}

export interface TitleMatch { span: [number, number]; surface: string; def: TitleDef }

// the engine asks for the titles of a whole document more than once (people, topics): remember the last answer
let lastText: string | null = null, lastLang: Lang | null = null, lastOut: TitleMatch[] = [];

export function findTitles(text: string, lang: Lang): TitleMatch[] {
  if (text.length > 200 && text === lastText && lang === lastLang) return lastOut;
  const out = findTitlesUncached(text, lang);
  if (text.length > 200) { lastText = text; lastLang = lang; lastOut = out; }
  return out;
}

function findTitlesUncached(text: string, lang: Lang): TitleMatch[] {
  let c = compiled.get(lang);
  if (!c) { c = build(lang); compiled.set(lang, c); }
  const surfaces = (c.re as RegExp & { surfaces: string[] }).surfaces;
  const out: TitleMatch[] = [];
  c.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = c.re.exec(text))) {
    const g = m.groups!;
    let key: string | undefined;
    for (const k in g) if (g[k] !== undefined) { key = k; break; }
    if (!key) continue;
    const surface = surfaces[+key.slice(1)]!;
    const def = c.defs.get(surface.toLowerCase())!;
    // English lowercase "mayor"/"governor" are fine; but skip "head"/"chief"/"chair" unless followed by "of"
    // 总领馆, 议员小组, 市长团: the title word is part of a body's name
    if (lang === 'zh' && /^([馆處处]|小组|组[^织]|团(?!长))/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    if (lang === 'en' && def.role === 'chair' && /^(head|chief|chair)$/i.test(surface) && !/^\s+of\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    out.push({ span: [m.index, m.index + m[0].length], surface: m[0], def });
  }
  return out;
}

/** Rank of a role when one person holds several titles: the leading office wins. */
export const ROLE_RANK: Record<RoleCode, number> = {
  head_of_state: 1, head_of_government: 2, party_secretary: 3, governor: 4, mayor: 5, minister: 6, ambassador: 7,
  consul_general: 8, deputy_mayor: 9, legislator: 10, official: 11, business: 12, academic: 13, other: 14,
};
