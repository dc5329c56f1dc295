// The engagement kind (GUIDE.md "kind"): meeting, video_call, signing, forum, visit_announcement or none.
import { ANNOUNCE, CANCELLED, LETTERS, INTERVIEW, DELEGATION_OF, MEET_SUBJ, TALKS, DOC, FORUM, FORUM_PARTICIPATION, FORUM_VETO, FUTURE, GUEST_SUBJ, HOST_SUBJ, MEET, SIGN, SIGN_CEREMONY, VIDEO } from './cues.ts';
import { type Person } from './people.ts';
import { findTitles } from './titles.ts';
import { type Sentence } from './text.ts';
import { type ContractKind, type Evidence, type Lang } from './types.ts';
import { globalOf, mainClause, ev, type Ctx, isLead, clauseAround, placeNamesIn, maskNames } from './context.ts';

/** Many cities as the subject: "Vertreter aus sechs Partnerstädten", "trafen sich die Städte", "representatives of more
 *  than 20 cities", "来自8个国家的友城代表". */
const MANY_CITIES: Record<Lang, RegExp> = {
  de: /\bVertreter(?:innen)?(?: und Vertreter)?\s+(?:\p{Ll}+er\s+(?:und\s+\p{Ll}+er\s+)?)?(?:Städte|Kommunen|Regionen|Partnerstädte)\b|(?:aus|von)\s+(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|mehreren|zahlreichen|vielen|mehr als \d+)\s+(?:\p{L}+\s+)?(?:Städten|Partnerstädten|Kommunen|Regionen|Partnerregionen|Ländern)|\b(?:trafen|versammelten) sich (?:rund |mehr als |über |etwa )?(?:\d+|mehrere|zahlreiche|viele)\s+(?:\p{L}+\s+)?(?:Städte|Partnerstädte|Bürgermeister|Kommunen|Regionen)|\b(?:trafen|versammelten) sich (?:gestern |heute |am \p{L}+ )?die Städte\b/u,
  en: /\b(?:from|of)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|several|many|more than \d+|over \d+|some \d+|nearly \d+)\s+(?:[\p{L}-]+\s+){0,3}(?:cities|municipalities|regions|provinces|countries|sister cities|partner cities)\b/iu,
  zh: /来自[^，。]{0,12}(?:\d+|[一二三四五六七八九十两几多]+)[个多余]*(?:国家|城市|省|地区|友城)/,
};

/** Gathering verbs: a forum when many cities are the subject. */
const GATHER: Record<Lang, RegExp> = {
  de: /\b(versammelten sich|kamen [^.]{0,60}zusammen)\b/,
  en: /\b(gathered|convened|brought together|leaders['’] meeting)\b/i,
  zh: /(齐聚|汇聚|共聚)/,
};

/** A building named after gatherings is a venue, not an event: "Baiyun International Convention Center", "Congress Center
 *  Hamburg", "Kongresszentrum", "人民大会堂", "国际会议中心". */
const VENUE_NAME = /\b(?:Convention|Conference|Congress|Exhibition|Summit)\s+(?:Cent(?:er|re)|Hall|Complex|Palace)\b|\bCongress Cent(?:er|re)|(?:Kongress|Konferenz|Tagungs)(?:zentrum|haus|hotel)|(?:大会堂|会议中心|会展中心|博览中心|大会厅)/gi;

export function detectKind(ctx: Ctx, people: Person[]): Evidence<ContractKind> {
  const { sentences, lang } = ctx;
  const lead = sentences.filter(isLead).filter((s) => !s.isDateline);
  const headline = lead.find((s) => s.isHeadline);
  const first = lead.find((s) => s.bodyIndex === 0);
  const top = [headline, first].filter(Boolean) as Sentence[];
  const hit = (re: RegExp, ss: Sentence[]) => ss.find((s) => re.test(s.text));

  const meetS = hit(MEET[lang], lead);
  // "岳华峰会见比什凯克市市长…" over a lead that says the guest came for a forum: the headline's meeting is the engagement
  // "begrüßten Delegationen aus Rennes, Eskilstuna, Jena … zur Internationalen Partnerstädtekonferenz": a forum word in a later
  // lead sentence that names three or more cities
  const severalCities = (s: Sentence) => placeNamesIn(ctx, [s]).size >= 3;
  const headlineMeets = !!headline && people.some((p) => p.mentions.some((m) => m.span[0] >= headline.start && m.span[1] <= headline.end)) &&
    (HOST_SUBJ[lang].test(headline.text) || MEET_SUBJ[lang].test(headline.text)) && !FORUM[lang].test(maskNames(headline, people));
  // "Baden-Württemberg, Katalonien, die Lombardei und Auvergne-Rhône-Alpes wollen …. Eine Absichtserklärung haben die vier
  // Partnerregionen zum Abschluss ihres Jahrestreffens unterzeichnet": three parties in the headline or first sentence let the
  // forum word come later in the lead
  const severalInTop = placeNamesIn(ctx, top).size >= 3 || lead.some((s) => MANY_CITIES[lang].test(s.text));
  const forumS = (headlineMeets ? [] : [...top, ...lead.filter((s) => !top.includes(s) && !s.isDateline && (severalInTop || severalCities(s)))]).find((s) => {
    const re = globalOf(FORUM[lang]);
    re.lastIndex = 0;
    // bodies whose names contain a forum word are not events: CPPCC, people's congresses, the World Economic Forum as an employer
    // names are masked first: "岳华峰会见" holds 峰会 (summit)
    const t0 = maskNames(s, people).replace(/(Political Consultative Conference|People['’]s Congress|Konsultativkonferenz|人民代表大会|政治协商会议|World Economic Forum(?=\W+(?:founder|chairman|president|head))|Weltwirtschaftsforum(?=\W+(?:Gründer|Vorsitz|Präsident)))/g, (x) => ' '.repeat(x.length))
      .replace(VENUE_NAME, (x) => ' '.repeat(x.length));
    let m;
    while ((m = re.exec(t0))) if (!FORUM_VETO[lang].test(t0.slice(Math.max(0, m.index - 100), m.index))) return true;
    // "Local leaders from China and CEEC gathered in Ningbo … brought together representatives of more than 20 cities"
    return severalInTop && GATHER[lang].test(t0);
  });
  const pubYear = ctx.published ? Number(ctx.published.slice(0, 4)) : NaN;
  // zh "1986年" tells history, "2025—2026年度合作行动计划" in a 2025 text does not: with a publication date the year check below decides
  const STRONG_PAST0 = lang === 'zh' ? (Number.isFinite(pubYear) ? /(时任|当年|当时|那时|\d+年前|[一二三四五六七八九十两]+年前|上世纪)/ : /(时任|当年|当时|那时|\d+年前|[一二三四五六七八九十两]+年前|上世纪|\d{4}年(?!\d{1,2}月))/) : /\b(damals|damalige\w*|1[89]\d\d|had|back in|years ago|vor (?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|vierzig|fünfzig) Jahren|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty) years ago|then (?:mayor|lord mayor|governor|party secretary|president|premier|prime minister))\b/i;
  // any year before publication in the clause ("When Bristol signed its partnership with Guangzhou in 2001") tells history too
  const STRONG_PAST = { test: (t: string) => STRONG_PAST0.test(t) || (Number.isFinite(pubYear) && [...t.matchAll(/\b(19\d\d|20\d\d)\b/g)].some((m) => Number(m[1]) < pubYear)) };
  // a signing told as history ("Vor 25 Jahren unterzeichneten …") is not this engagement's
  // only the clause of the signing verb tells its time ("signed a renewed agreement on Thursday, extending a relationship that
  // began in 1994" is today's signing)
  const signClause = (t: string) => clauseAround(t, SIGN[lang]);
  // signing the Golden Book or a guest book is no agreement
  const BOOK = /(Golden(?:e[ns]?)? Bu(?:ch|ches)|Goldene[ns]? Buch|Golden Book|guest ?book|Gästebuch|condolence book|签名留念|题词|留言簿)/i;
  const signS = top.find((s) => SIGN[lang].test(s.text) && !STRONG_PAST.test(signClause(s.text)) && !BOOK.test(signClause(s.text))) ??
    // "Görlitz und Zgorzelec wollen … Oberbürgermeister X und Bürgermeister Y haben dazu … eine Vereinbarung unterzeichnet":
    // the signing may come in the lead's second sentence — only when nobody is said to meet, visit or receive
    // (and not when an earlier lead sentence told the signing as history: "When Bristol signed … in 2001. The agreement was signed …")
    (lead.some((s) => HOST_SUBJ[lang].test(s.text) || GUEST_SUBJ[lang].test(s.text) || MEET_SUBJ[lang].test(s.text) || TALKS[lang].test(s.text) || (SIGN[lang].test(s.text) && STRONG_PAST.test(signClause(s.text)))) ? undefined
      : lead.find((s) => !s.isDateline && SIGN[lang].test(s.text) && DOC[lang].test(s.text) && !STRONG_PAST.test(signClause(s.text)) && !BOOK.test(signClause(s.text)) && !FUTURE[lang].test(signClause(s.text))));
  // names are masked: "凌云会见" holds 云会见
  const videoS = lead.find((s) => VIDEO[lang].test(maskNames(s, people)));
  const titled = people.filter((p) => p.titles.length && p.mentions.some((m) => isLead(sentences[m.sentence]!))).length;

  if (!meetS && !forumS && !signS && !videoS && !hit(ANNOUNCE[lang], lead)) return ev('none', 0.6, null, null);
  // an engagement needs a meeting cue together with a titled person or a delegation in the same lead sentence;
  // features, profiles and anniversary stories have neither
  const personIn = (s: Sentence) => people.some((p) => p.titles.length && p.mentions.some((m) => m.span[0] >= s.start && m.span[1] <= s.end));
  const titleIn = (s: Sentence) => findTitles(s.text, lang).length > 0;
  // "There was no visiting delegation this year", "keine Delegation", "没有代表团来访": a negated visit is none
  const NEGATED = /(\b(?:no|not|without|kein\w*|nicht|ohne)\b[^,.;]{0,20}\b(?:visit\w*|delegation|Besuch\w*|Delegation)|没有[^，。]{0,8}(?:代表团|访问|来访)|未能[^，。]{0,6}(?:访问|来访))/i;
  // "told China Daily by phone", "told reporters": talking to the press is no meeting
  const MEDIA_TOLD = /\btold (?:China Daily|Xinhua|reporters|journalists|the (?:newspaper|paper|press|media)|this (?:newspaper|paper)|(?:the )?[A-Z][\w]+(?: [A-Z][\w]+)? (?:Daily|Times|News|Post|Herald|Mail|Radio|TV)\b)[^.]*/g;
  const engaged = lead.some((s) => !NEGATED.test(s.text) && (MEET[lang].test(lang === 'en' ? s.text.replace(MEDIA_TOLD, '') : s.text) || SIGN[lang].test(s.text) || VIDEO[lang].test(s.text) || ANNOUNCE[lang].test(s.text)) &&
    (personIn(s) || titleIn(s) || DELEGATION_OF[lang].test(s.text) || /(Delegation|delegation|代表团|Gäste|guests)/.test(s.text) ||
      // "Guangzhou and the South African city of Durban signed a memorandum …": two places sign a document
      (SIGN[lang].test(s.text) && DOC[lang].test(s.text) && placeNamesIn(ctx, [s]).size >= 2 && !STRONG_PAST.test(signClause(s.text)))) && !STRONG_PAST.test(lang === 'zh' ? s.text : mainClause(s.text)) && !CANCELLED[lang].test(s.text));
  // "trafen sich die Partnerstädte per Videokonferenz. Oberbürgermeister X sprach mit …": a video link with its people in
  // the next lead sentence
  const videoEngaged = !!videoS && !CANCELLED[lang].test(videoS.text) && lead.some((s) => s !== videoS && personIn(s) && !STRONG_PAST.test(s.text));
  // "Tesla signed an agreement on Sunday with the Lingang Special Area … The deal was signed by Tao Lin, vice president of
  // Tesla, and Zhu Zhisong …": a document signed in the lead, its titled signatories named later
  const signedLater = !!signS && DOC[lang].test(signS.text) && !FUTURE[lang].test(signClause(signS.text)) &&
    sentences.some((s) => !isLead(s) && (SIGN[lang].test(s.text) || SIGN_CEREMONY[lang].test(s.text)) && !STRONG_PAST.test(s.text) && personIn(s));
  if (!engaged && !forumS && !videoEngaged && !signedLater) return ev('none', 0.55, null, null);
  void titled;
  // an exchange of letters is not an engagement, unless people also met
  const METVERB: Record<Lang, RegExp> = { de: /(empfing|empfangen|traf|getroffen|besuchte|zusammengetroffen)/, en: /\b(met|received|welcomed|visited|hosted|held talks)\b/i, zh: /(会见|会晤|会谈|拜会|接见)/ };
  // ("Glückwünsche per Brief statt Festakt", "Einen Festakt gab es nicht": a gathering that did not happen)
  const NO_GATHERING = /\b(?:statt|ohne|kein\w*|instead of|no|without)\s+(?:\p{L}+\s+)?(?:Festakt|Feier\w*|Empfang|celebration|ceremony|reception)\w*|\b(?:Einen |Ein )?(?:Festakt|Empfang|Feier)\s+gab es (?:nicht|keine?n?)\b/giu;
  if (top.some((s) => LETTERS[lang].test(s.text)) && !top.some((s) => { const t = s.text.replace(NO_GATHERING, ' '); return METVERB[lang].test(t) || VIDEO[lang].test(t) || SIGN[lang].test(t) || FORUM[lang].test(t); })) return ev('none', 0.5, null, null);
  // an interview or profile with no trip announced is not an engagement
  if (top.some((s) => INTERVIEW[lang].test(s.text)) && !top.some((s) => ANNOUNCE[lang].test(s.text)) && !top.some((s) => HOST_SUBJ[lang].test(s.text))) {
    return ev('none', 0.5, null, null);
  }
  // an online conference of several cities is a forum (location null), a video call between two parties is not
  if (videoS) {
    const many = sentences.filter((s) => isLead(s) && !s.isDateline && FORUM_PARTICIPATION[lang].test(s.text))
      .some((s) => new Set(ctx.places.filter((p) => p.span[0] >= s.start && p.span[1] <= s.end && p.place.kind !== 'country').map((p) => p.place.name)).size >= 3);
    if (many) return ev('forum', 0.6, forumS ? [forumS.start, forumS.end] : [videoS.start, videoS.end], (forumS ?? videoS).text);
  }
  // a conference or forum that some join by video is a forum (GUIDE: video_call only when all parties are connected only by
  // video between two parties; online forums are forums); "video conference" itself is no forum word
  if (videoS && forumS) {
    const re = globalOf(FORUM[lang]);
    re.lastIndex = 0;
    const t0 = maskNames(forumS, people).replace(globalOf(VIDEO[lang]), (x) => ' '.repeat(x.length));
    // … with several cities (GUIDE): a bilateral online exchange ("线上交流会" of two cities) stays a video call
    const cities = placeNamesIn(ctx, sentences.filter((x) => x.bodyIndex < 6));
    // mayors and governors of distinct places count too, known to the gazetteer or not ("Bürgermeister von Granollers")
    for (const p of people) for (const t of p.titles) if (t.of && !t.former && t.ofKind !== 'country' && ['mayor', 'deputy_mayor', 'governor'].includes(t.role)) cities.add(t.of);
    if (re.test(t0) && cities.size >= 3) return ev('forum', 0.6, [forumS.start, forumS.end], forumS.text);
  }
  if (videoS) return ev('video_call', 0.8, [videoS.start, videoS.end], videoS.text);
  const annS = top.find((s) => ANNOUNCE[lang].test(s.text));
  if (annS) {
    const pastMeet = top.some((s) => s !== annS && HOST_SUBJ[lang].test(s.text) && !FUTURE[lang].test(s.text));
    const annInHeadOrNoMeet = !pastMeet && !(HOST_SUBJ[lang].test(annS.text) && !FUTURE[lang].test(annS.text.replace(ANNOUNCE[lang], '')));
    if (annInHeadOrNoMeet) return ev('visit_announcement', 0.65, [annS.start, annS.end], annS.text);
  }
  // a celebration of two cities' partnership is a meeting (GUIDE: forum = conference, forum or celebration with several cities)
  const celebration = !!forumS && /(Festakt|Jubiläumsfeier|Festveranstaltung|Feierstunde|Bürgerfest|Partnerschaftsfest|Europafest|celebration|gala|庆典|纪念活动)/i.test(forumS.text) && !/(Forum|forum|Konferenz|konferenz|conference|summit|Gipfel|论坛|峰会|大会)/.test(forumS.text);
  if (forumS && !(celebration && placeNamesIn(ctx, lead).size < 3)) return ev('forum', 0.7, [forumS.start, forumS.end], forumS.text);
  const talks = lead.some((s) => TALKS[lang].test(s.text));
  if (signS && !talks) {
    return ev('signing', 0.65, [signS.start, signS.end], signS.text);
  }
  if (hit(SIGN_CEREMONY[lang], top) && !HOST_SUBJ[lang].test(top.map((s) => s.text).join(' '))) {
    const s = hit(SIGN_CEREMONY[lang], top)!;
    return ev('signing', 0.6, [s.start, s.end], s.text);
  }
  const s = meetS ?? signS ?? lead[0]!;
  return ev('meeting', meetS ? 0.75 : 0.5, [s.start, s.end], s.text);
}
