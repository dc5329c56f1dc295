// Unit tests of the parts: language, dates, gazetteer, titles, people.
import { describe, expect, it } from 'vitest';
import { findDates } from './dates.ts';
import { getGazetteer } from './gazetteer.ts';
import { detectLanguage } from './lang.ts';
import { extractPeople, bestTitle } from './people.ts';
import { splitSentences } from './text.ts';
import { findTitles } from './titles.ts';
import type { Lang } from './types.ts';

describe('detectLanguage', () => {
  it.each([
    ['Der Oberbürgermeister hat die Delegation aus der Partnerstadt im Rathaus empfangen.', 'de'],
    ['The mayor received the delegation from the sister city at the city hall.', 'en'],
    ['市长会见了友好城市代表团一行。', 'zh'],
  ])('%s → %s', (t, l) => expect(detectLanguage(t).lang).toBe(l));
  it('rejects French, Russian and Japanese', () => {
    expect(detectLanguage('Le maire a reçu la délégation de la ville jumelle dans la salle des fêtes.').lang).toBeNull();
    expect(detectLanguage('Мэр города встретился с делегацией из города-побратима.').lang).toBeNull();
    expect(detectLanguage('市長は姉妹都市の代表団と会談しました。ありがとうございます。').lang).toBeNull();
  });
});

describe('findDates', () => {
  const first = (t: string, lang: Lang, pub: string, fwd = false) => findDates(t, lang, pub, fwd)[0];
  it('reads absolute dates in three languages', () => {
    expect(first('am 9. September 2024 in Köln', 'de', '2024-09-13')!.date).toBe('2024-09-09');
    expect(first('on September 9, 2024 in Shanghai', 'en', '2024-09-13')!.date).toBe('2024-09-09');
    expect(first('on 9 September 2024', 'en', '2024-09-13')!.date).toBe('2024-09-09');
    expect(first('2024年9月9日上午', 'zh', '2024-09-13')!.date).toBe('2024-09-09');
    expect(first('Köln, 13.09.2024', 'de', '2024-09-13')!.date).toBe('2024-09-13');
  });
  it('takes the year from the publication date, and the previous year for a December event published in January', () => {
    expect(first('am 28. Dezember', 'de', '2024-01-05')!.date).toBe('2023-12-28');
    expect(first('9月9日', 'zh', '2024-09-13')!.date).toBe('2024-09-09');
  });
  it('resolves weekdays to the latest such day on or before publication', () => {
    expect(first('am Dienstag', 'de', '2019-05-16')!.date).toBe('2019-05-14'); // Thursday → Tuesday
    expect(first('on Sunday', 'en', '2024-04-08')!.date).toBe('2024-04-07');
    expect(first('am heutigen Montag', 'de', '2018-10-29')!.date).toBe('2018-10-29');
  });
  it('resolves weekdays forward for announcements', () => {
    expect(first('am Sonntag', 'de', '2019-04-05', true)!.date).toBe('2019-04-07');
  });
  it('resolves relative words', () => {
    expect(first('gestern im Rathaus', 'de', '2017-09-21')!.date).toBe('2017-09-20');
    expect(first('held last night in Shanghai', 'en', '2020-11-11')!.date).toBe('2020-11-10');
    expect(first('昨天上午', 'zh', '2017-10-10')!.date).toBe('2017-10-09');
    expect(first('杜春国6日拜会', 'zh', '2022-07-07')!.date).toBe('2022-07-06');
    expect(first('近日', 'zh', '2022-07-07')!.type).toBe('vague');
  });
  it('reads ranges and durations', () => {
    const d = first('vom 9. bis 12. Oktober', 'de', '2023-10-02', true)!;
    expect([d.date, d.end]).toEqual(['2023-10-09', '2023-10-12']);
    const e = first('from April 10 to April 13', 'en', '2018-04-02', true)!;
    expect([e.date, e.end]).toEqual(['2018-04-10', '2018-04-13']);
    const z = first('10月9日至12日', 'zh', '2023-10-03', true)!;
    expect([z.date, z.end]).toEqual(['2023-10-09', '2023-10-12']);
    const dur = findDates('drei Tage ab Samstag, 26. November', 'de', '2022-11-25', true).find((x) => x.date)!;
    expect([dur.date, dur.end]).toEqual(['2022-11-26', '2022-11-28']);
  });
});

describe('gazetteer', () => {
  const g = getGazetteer();
  it.each([
    ['Köln', 'Cologne'], ['科隆', 'Cologne'], ['Peking', 'Beijing'], ['北京', 'Beijing'], ['München', 'Munich'], ['慕尼黑', 'Munich'],
    ['徐汇区', 'Xuhui District'], ['上海', 'Shanghai'], ['陕西', 'Shaanxi'], ['西安', "Xi'an"], ['石家庄市', 'Shijiazhuang'],
    ['Deutschland', 'Germany'], ['美国', 'United States'], ['Südkorea', 'South Korea'], ['北威州', 'North Rhine-Westphalia'],
    ['Nürnberg', 'Nuremberg'], ['杜尚别', 'Dushanbe'], ['Osaka Prefecture', 'Osaka Prefecture'],
  ])('%s → %s', (s, en) => expect(g.lookup(s)?.name).toBe(en));

  it('covers every place with five or more partnerships in the shipped data', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('csv-parse/sync');
    const rows = parse(readFileSync(new URL('../../data/world-partnerships.csv', import.meta.url)), { columns: true }) as Array<Record<string, string>>;
    const n = new Map<string, number>();
    for (const r of rows) for (const c of [r.city1!, r.city2!]) n.set(c, (n.get(c) ?? 0) + 1);
    const missing = [...n].filter(([, k]) => k >= 5).map(([c]) => c.replace(/\s*\([^)]*\)\s*$/, '')).filter((c) => !g.lookup(c));
    expect(missing).toEqual([]);
  });

  it('finds inflected German forms and Chinese names in running text', () => {
    const de = g.findAll('Die Kölner Delegation traf Pekings Oberbürgermeister in Frankfurt am Main.', 'de').map((m) => [m.place.name, m.form]);
    expect(de).toEqual([['Cologne', 'adj'], ['Beijing', 'gen'], ['Frankfurt', 'name']]);
    const zh = g.findAll('北京市市长会见杜塞尔多夫市代表团，上海市徐汇区', 'zh').map((m) => m.place.name);
    expect(zh).toEqual(['Beijing', 'Düsseldorf', 'Shanghai', 'Xuhui District']);
  });
  it('maps demonyms to countries', () => {
    expect(g.demonym('chinesische')).toBe('China');
    expect(g.demonym('US')).toBe('United States');
    expect(g.demonym('华')).toBe('China');
  });
});

describe('titles', () => {
  const roles = (t: string, l: Lang) => findTitles(t, l).map((x) => x.def.role);
  it('maps German titles', () => {
    expect(roles('Oberbürgermeisterin, Erster Bürgermeister, Vizebürgermeisterin, Generalkonsul, Botschafterin, Parteisekretär, Stadträtin', 'de'))
      .toEqual(['mayor', 'mayor', 'deputy_mayor', 'consul_general', 'ambassador', 'party_secretary', 'legislator']);
  });
  it('maps English titles', () => {
    expect(roles('Lord Mayor, executive vice mayor, Party Secretary, Consul General, Prime Minister, councillor', 'en'))
      .toEqual(['mayor', 'deputy_mayor', 'party_secretary', 'consul_general', 'head_of_government', 'legislator']);
  });
  it('maps Chinese titles, longest first', () => {
    expect(roles('市委书记、常务副市长、代市长、总领事、大使、秘书长、董事长、院士', 'zh'))
      .toEqual(['party_secretary', 'deputy_mayor', 'mayor', 'consul_general', 'ambassador', 'official', 'business', 'academic']);
  });
});

describe('people next to titles', () => {
  const people = (text: string, lang: Lang) => {
    const g = getGazetteer();
    return extractPeople({ text, lang, sentences: splitSentences(text), places: g.findAll(text, lang), gaz: g })
      .map((p) => ({ name: p.name, role: bestTitle(p)?.role, of: bestTitle(p)?.of, former: bestTitle(p)?.former }));
  };
  it('reads "die Oberbürgermeisterin von Köln Henriette Reker"', () => {
    expect(people('Er traf die Oberbürgermeisterin von Köln Henriette Reker.', 'de')).toEqual([{ name: 'Henriette Reker', role: 'mayor', of: 'Cologne', former: false }]);
  });
  it("reads \"Hamburg's First Mayor Peter Tschentscher\"", () => {
    expect(people("Hamburg's First Mayor Peter Tschentscher met the delegation.", 'en')).toEqual([{ name: 'Peter Tschentscher', role: 'mayor', of: 'Hamburg', former: false }]);
  });
  it('reads "市委书记陈吉宁" and keeps Hanzi', () => {
    expect(people('上海市委书记陈吉宁会见了代表团。', 'zh')).toEqual([{ name: '陈吉宁', role: 'party_secretary', of: 'Shanghai', former: false }]);
  });
  it('reads appositions and strips honorifics', () => {
    expect(people('Mit dabei war Zhang Wei, Vizebürgermeisterin von Qingdao, und Oberbürgermeister Dr. Peter Kurz.', 'de').map((p) => [p.name, p.role, p.of]))
      .toEqual([['Zhang Wei', 'deputy_mayor', 'Qingdao'], ['Peter Kurz', 'mayor', null]]);
  });
  it('marks former office holders', () => {
    expect(people('Der frühere Oberbürgermeister Fritz Schramma war dabei.', 'de')[0]).toMatchObject({ name: 'Fritz Schramma', former: true });
    expect(people('Former mayor Jane Doe attended.', 'en')[0]).toMatchObject({ name: 'Jane Doe', former: true });
  });
  it('reads diplomats with their sending country', () => {
    expect(people('中国驻法兰克福总领事孙从彬出席。', 'zh')[0]).toMatchObject({ name: '孙从彬', role: 'consul_general', of: 'China' });
    expect(people('R. Nicholas Burns, the US ambassador to China, was present.', 'en')[0]).toMatchObject({ name: 'R. Nicholas Burns', role: 'ambassador' });
  });
  it('reads organisations', () => {
    expect(people('德国浙江总商会会长郑旭涵到场。', 'zh')[0]).toMatchObject({ name: '郑旭涵', role: 'business', of: '德国浙江总商会' });
    expect(people('The talk was moderated by Anna Berg, president of the Hamburg Institute for International Studies.', 'en')[0])
      .toMatchObject({ name: 'Anna Berg', role: 'academic', of: 'Hamburg Institute for International Studies' });
  });
});
