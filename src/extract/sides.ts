// Host and guest: votes from grammar (who receives, who visits) for each person.
import { ACCOMPANY, ATTEND, DELEGATION_LEADER_AFTER, DELEGATION_OF, MEET_SUBJ, FUTURE, GUEST_SUBJ, HOST_SUBJ, PASSIVE_HOST_AFTER } from './cues.ts';
import { type Person } from './people.ts';
import { type Side, type Span } from './types.ts';
import { globalOf, isOther, type Ctx, isLead } from './context.ts';
import { DURING_VISIT } from './where.ts';

export interface Votes { host: Map<Person, number>; guest: Map<Person, number>; attached: Set<Person> }

export function sideVotes(ctx: Ctx, people: Person[]): Votes {
  const { sentences, lang, text } = ctx;
  const host = new Map<Person, number>(), guest = new Map<Person, number>();
  const attached = new Set<Person>();
  const pairs: Array<{ companion: Person; of: Person | null; zhHost: boolean; visitor?: boolean }> = [];
  const add = (m: Map<Person, number>, p: Person | undefined, w: number) => { if (p) m.set(p, (m.get(p) ?? 0) + w); };
  let prevSubject: Person | undefined;
  // mentions by sentence, built once (a mention records its sentence)
  const bySentence = new Map<number, Array<{ p: Person; m: Person['mentions'][number] }>>();
  for (const p of people) for (const m of p.mentions) {
    let a = bySentence.get(m.sentence);
    if (!a) { a = []; bySentence.set(m.sentence, a); }
    a.push({ p, m });
  }
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    if (s.isDateline || isOther(ctx, s)) continue;
    const w = isLead(s) ? 2 : 1;
    const ms = (bySentence.get(si) ?? []).filter((x) => x.m.span[0] >= s.start && x.m.span[1] <= s.end);
    const firstHere = ms.length ? [...ms].sort((a, b) => a.m.span[0] - b.m.span[0])[0]!.p : undefined;
    const subjectBefore = prevSubject;
    prevSubject = firstHere ?? prevSubject;
    if (!ms.length) continue;
    // German puts the participle last ("hat … empfangen"): its subject is the first person of the sentence
    const closestBefore = (pos: number) => ms.filter((x) => x.m.span[1] <= pos).sort((a, b) => b.m.span[1] - a.m.span[1])[0]?.p;
    const firstBefore = (pos: number) => ms.filter((x) => x.m.span[1] <= pos && !/(von|by)\s+(\S+\s+){0,3}$/.test(text.slice(Math.max(s.start, x.m.span[0] - 40), x.m.span[0]))).sort((a, b) => a.m.span[0] - b.m.span[0])[0]?.p;
    const before = lang === 'de' ? (pos: number) => firstBefore(pos) ?? closestBefore(pos) : closestBefore;
    const after = (pos: number) => ms.filter((x) => x.m.span[0] >= pos).sort((a, b) => a.m.span[0] - b.m.span[0])[0]?.p;
    const others = (p: Person | undefined) => [...new Set(ms.map((x) => x.p))].filter((q) => q !== p);
    if (lang === 'de' && /(empfangen|begrüßt|willkommen geheißen) (worden|wurden?)|wurden? [^;]{0,200}?\b(empfangen|begrüßt)\b/.test(s.text)) {
      // passive: "X ist von Oberbürgermeister Y empfangen worden"
      const part = /(empfangen|begrüßt|willkommen geheißen) (worden|wurden?)|(empfangen|begrüßt)\b/.exec(s.text);
      const upto = part ? part.index : s.text.length;
      const head = s.text.slice(0, upto);
      const vIdx = Math.max(head.lastIndexOf('von '), head.lastIndexOf('vom '));
      const agent = vIdx >= 0 ? after(s.start + vIdx) : undefined;
      if (agent) { add(host, agent, w * 1.5); for (const q of others(agent)) add(guest, q, w); }
      continue;
    }
    const scan = (re: RegExp, f: (pos: number, end: number) => void) => {
      const g = globalOf(re);
      g.lastIndex = 0;
      let m;
      while ((m = g.exec(s.text))) { f(s.start + m.index, s.start + m.index + m[0].length); if (m[0].length === 0) g.lastIndex++; }
    };
    // "Erster Bürgermeister Harald Reisner und sein Amtskollege aus der Vendée, Bürgermeister Laurent Pilard", "An der Spitze
    // der Gäste standen Bürgermeister X und …", "his counterpart from Y, Mayor Z": the counterpart and the guests' heads visit
    if (lang !== 'zh') scan(/\b(?:sein|seine|ihr|ihre)[nm]?\s+Amtskolleg\w*|\b(?:his|her|their)\s+counterparts?\b|\b[Aa]n der Spitze der (?:Gäste|Delegation|Besucher)\b/, (pos, end) => {
      const counterpart = after(end);
      if (!counterpart) return;
      add(guest, counterpart, w * 1.5);
      const possessor = /Spitze/.test(text.slice(pos, end)) ? undefined : closestBefore(pos);
      if (possessor && possessor !== counterpart) add(host, possessor, w * 0.5);
      // ("… standen Bürgermeister X und sein Stellvertreter Y": the whole pair)
      const cEnd = ms.find((y) => y.p === counterpart)!.m.span[1];
      if (/Spitze/.test(text.slice(pos, end))) for (const x of ms) if (x.p !== counterpart && x.m.span[0] > end && /^\s*(?:und|sowie)\s/.test(text.slice(cEnd, x.m.span[0]).slice(0, 6))) add(guest, x.p, w);
    });
    scan(PASSIVE_HOST_AFTER[lang], (pos, end) => {
      const agent = after(end);
      add(host, agent, w * 1.5); add(guest, before(pos), w);
      // "by Mayor Phil Mauger and Deputy Mayor Pauline Cotter": every agent joined by and/und
      const am = agent ? ms.find((x) => x.p === agent && x.m.span[0] >= end) : undefined;
      if (am) {
        let last = am.m.span[1];
        for (const x of ms.filter((y) => y.m.span[0] > last).sort((a, b) => a.m.span[0] - b.m.span[0])) {
          if (!/^\s*(?:,\s*)?(?:and|und|sowie)\s+(?:[\p{L}.'’-]+\s+){0,4}$/u.test(text.slice(last, x.m.span[0]))) break;
          add(host, x.p, w * 1.2); last = x.m.span[1];
        }
      }
    });
    scan(HOST_SUBJ[lang], (pos, end) => {
      if (/^\s*by/i.test(text.slice(end, end + 4))) return;
      if (lang === 'zh' && /(参加|出席|陪同)$/.test(text.slice(Math.max(s.start, pos - 2), pos))) return; // 参加会见: attended
      // German verb-second: "Am Montag empfing Oberbürgermeisterin X den Vizebürgermeister Y": subject after the verb
      if (lang === 'de' && !before(pos) && /^(empfing|empfingen|empfängt|begrüßte|begrüßten|begrüßt|hieß|hießen)\b/u.test(text.slice(pos, pos + 12))) {
        const aft = [...new Set(ms.filter((x) => x.m.span[0] >= end).sort((a, b) => a.m.span[0] - b.m.span[0]).map((x) => x.p))];
        // "Im Ratssaal empfingen ihn Oberbürgermeister X und Bürgermeister Y": a pronoun object, every name after it hosts
        const verbEnd = pos + (/^\p{L}+/u.exec(text.slice(pos, pos + 16))?.[0].length ?? end - pos);
        if (aft.length >= 2 && /en$/.test(text.slice(pos, verbEnd)) && /^\s+(ihn|sie|ihm|ihr|die Gäste|die Delegation|den Gast)\b/.test(text.slice(verbEnd, verbEnd + 16))) {
          for (const q of aft) add(host, q, w * 1.2);
          if (subjectBefore && !aft.includes(subjectBefore)) add(guest, subjectBefore, w);
          return;
        }
        // "Im Rathaus begrüßten Stadtpräsident X und Bürgermeisterin Y die Gäste um Vizebürgermeister Z": plural subjects
        // up to the object
        const obj = /en$/.test(text.slice(pos, verbEnd)) ? /\b(die Gäste|den Gast|die Delegation|die Besucher|die Abordnung|die Gruppe)\b/.exec(text.slice(verbEnd, s.end)) : null;
        if (obj && aft.length >= 2) {
          const at = verbEnd + obj.index;
          const subj = aft.filter((q) => ms.some((x) => x.p === q && x.m.span[1] <= at && x.m.span[0] >= verbEnd));
          if (subj.length) { for (const q of subj) add(host, q, w * 1.2); for (const q of aft) if (!subj.includes(q)) add(guest, q, w); return; }
        }
        if (aft.length >= 2) { add(host, aft[0], w); add(guest, aft[1], w * 0.8); return; }
        // "Am Donnerstag empfing ihn Hiroshimas Bürgermeister Kazumi Matsui": a pronoun object, the subject after it
        if (aft.length === 1 && /^\s+(ihn|sie|ihm|ihr|die Gäste|die Delegation|den Gast)\b/.test(text.slice(end, end + 16))) { add(host, aft[0], w * 1.5); if (subjectBefore && subjectBefore !== aft[0]) add(guest, subjectBefore, w); return; }
      }
      add(host, before(pos), w); add(guest, after(end), w * 0.5);
      // co-subjects: "Mayor A, Deputy Mayor B and Council Member C welcomed …", "X, Y und Z empfingen …", "市委书记甲，市长乙会见了…"
      const finite = lang !== 'de' || /^(empfing|empfingen|empfängt|begrüßte|begrüßten|hieß|hießen)$/.test(text.slice(pos, end));
      if (finite) {
        const subj0 = before(pos);
        const clause0 = s.start + Math.max(0, text.slice(s.start, pos).lastIndexOf(';') + 1);
        for (const q of new Set(ms.filter((x) => x.m.span[0] >= clause0 && x.m.span[1] <= pos && x.p !== subj0 && !/(by|von|vom|from|aus|with|mit)\s+(?:\S+\s+){0,3}$/i.test(text.slice(Math.max(s.start, x.m.span[0] - 30), x.m.span[0])) &&
          // zh: only names joined to the subject by titles and commas, not visitors ("来访的…", "…率团访问…")
          !(lang === 'zh' && (/[访率邀抵到来陪]/.test(text.slice(x.m.span[1], pos)) || /(来访的|应邀|率领的)[^，。]{0,20}$/.test(text.slice(Math.max(s.start, x.m.span[0] - 24), x.m.span[0]))))).map((x) => x.p))) add(host, q, w * 0.8);
      }
      // German participle last: "X hat am Montag Y im Rathaus empfangen" — the people between subject and verb are received
      if (lang === 'de' && /^(empfangen|begrüßt)$/.test(text.slice(pos, end))) {
        const subj = before(pos);
        // objects follow the finite verb: "X und Y haben am Mittwoch Z begrüßt" — Y is a subject, Z the guest
        const aux = /\b(hat|haben|hatte|hatten)\b/.exec(text.slice(s.start, pos));
        const from = aux ? s.start + aux.index + aux[0].length : -1;
        if (from >= 0) for (const q of new Set(ms.filter((x) => x.m.span[0] >= from && x.m.span[1] <= pos && x.p !== subj).map((x) => x.p))) add(guest, q, w * 0.8);
      }
      // "received A, president of …, and B, vice mayor of …": everyone named after the verb up to the clause end
      if (lang !== 'zh') {
        const stop = s.text.slice(end - s.start).search(/[;.]|\b(while|während|bevor|before|after|nachdem)\b/);
        const lim = stop >= 0 ? end + stop : s.end;
        const first = after(end);
        for (const q of new Set(ms.filter((x) => x.m.span[0] >= end && x.m.span[1] <= lim).map((x) => x.p))) if (q !== first && q !== before(pos)) add(guest, q, w * 0.4);
      }
    });
    const hostVerbHere = HOST_SUBJ[lang].test(s.text);
    scan(GUEST_SUBJ[lang], (pos, end) => {
      // "empfing den Botschafter zu einem Antrittsbesuch": the noun names the guest's visit, the verb's subject hosts
      if (hostVerbHere && lang === 'de' && /^(Antrittsbesuch|zu Gast|Station)/.test(text.slice(pos, end))) return;
      // "kündigte an, im Herbst nach China zu reisen": a later trip, not this engagement
      if (ctx.kind !== 'visit_announcement' && (FUTURE[lang].test(text.slice(s.start, pos)) || /(kündigt\w* .{0,60}an|announced|angekündigt)/.test(text.slice(s.start, pos)))) return;
      // "与来访的日本爱知县知事…会谈": the visitor comes after 来访的
      if (lang === 'zh' && text[end] === '的') { add(guest, after(end), w); add(host, before(pos), w * 0.5); return; }
      // "…, Jeremy Issacharoff, der eigens aus Berlin angereist war": a relative clause's subject is the person before its
      // pronoun, not the sentence's first person
      const rel = lang === 'de' ? /,\s+(?:der|die|das|welche[rs]?)\s+[^,;]*$/.exec(text.slice(s.start, pos)) : null;
      const subj = rel ? closestBefore(s.start + rel.index + 1) ?? before(pos) : before(pos);
      add(guest, subj, w);
      if (lang === 'de' && subj && /^(besuchte|besucht)/.test(text.slice(pos, end))) for (const q of others(subj)) add(host, q, w * 0.7);
      if (lang === 'en' && /^(visited|called on|calls on|paid)/i.test(text.slice(pos, end))) add(host, after(end), w * 0.7);
      if (lang === 'zh' && /^(拜会|拜访)$/.test(text.slice(pos, end))) add(host, after(end), w);
      if (lang === 'en' && /^(called on|calls on|told)$/i.test(text.slice(pos, end))) add(host, after(end), w * 0.7);
    });
    scan(MEET_SUBJ[lang], (pos, end) => {
      // "Led by Vice Mayor X, the delegation held talks with Mayor Y and Deputy Mayor Z": the delegation meets its hosts
      // ("The delegation, led by Tianjin Vice Mayor Wang Weidong, met the Lord Mayor …": an apposition between)
      if (lang !== 'zh' && /\b(?:the|a|die|eine|der)\s+(?:[\p{L}-]+\s+){0,3}(?:delegation|group|Delegation|Gruppe|Abordnung|Gäste|guests)\s*(?:,\s*(?:led|headed|angeführt|geleitet)\s+(?:by|von)\s+[^,;]{3,80},\s*)?(?:also\s+|auch\s+)?$/iu.test(text.slice(Math.max(s.start, pos - 130), pos))) {
        const stop = s.text.slice(end - s.start).search(/[;.]|\b(while|before|after|who|which|während|bevor|nachdem)\b/);
        const lim = stop >= 0 ? end + stop : s.end;
        for (const q of new Set(ms.filter((x) => x.m.span[0] >= end && x.m.span[1] <= lim).map((x) => x.p))) add(host, q, w);
        return;
      }
      // "Visiting Mayor X met with Y", "X, on a visit to Shanghai, met Y": Y receives
      if (lang === 'en' && /\bvisiting\b|\bon (?:a|an|his|her|their) (?:[\w-]+ ){0,2}(?:visit|trip|tour) to\b/i.test(text.slice(s.start, pos))) { add(host, after(end), w); return; }
      add(host, before(pos), w * 0.3); add(guest, after(end), w * 0.3);
      // "met with A and with B, chairman of …": everyone named after the verb up to the clause end
      if (lang === 'en') {
        const stop = s.text.slice(end - s.start).search(/[;.]|\b(while|before|after|who|which)\b/);
        const lim = stop >= 0 ? end + stop : s.end;
        const first = after(end);
        for (const q of new Set(ms.filter((x) => x.m.span[0] >= end && x.m.span[1] <= lim).map((x) => x.p))) if (q !== first && q !== before(pos)) add(guest, q, w * 0.3);
      }
    });
    // "Visiting Auckland Mayor X met …", "X, who is on an official visit to Shanghai, …", "X, on a visit to Shanghai, …"
    if (lang === 'en') {
      scan(/\bvisiting\b(?!\s+(?:the|a|an|our|his|her|their|its)\b)/i, (_pos, end) => add(guest, after(end), w * 1.5));
      scan(/\b(?:who (?:is|was) )?on (?:a|an|his|her|their) (?:[\w-]+ ){0,2}(?:visit|trip|tour) to\b/i, (pos) => add(guest, closestBefore(pos), w * 1.5));
    }
    // "During his visit to China, the Lord Mayor of Perth met …", "访问期间，X会见了…": the subject is the visitor
    const during = DURING_VISIT[lang].exec(s.text);
    if (during) add(guest, after(s.start + during.index + during[0].length), w * 1.5);
    // zh "市外办主任张明参加会见": attendees named without a place are the receiving side's officials
    if (lang === 'zh' && ATTEND.zh.test(s.text)) for (const q of new Set(ms.map((x) => x.p))) add(host, q, w * 0.5);
    // "…Delegation begleitet, darunter Vizebürgermeister X", "a delegation including X", "代表团成员包括X": members are guests
    scan(lang === 'zh' ? /代表团(成员)?(包括|中有)/ : lang === 'de' ? /(?<!(?:\d|rund|etwa|zahlreiche|viele|mehr als|über)\s+)(Delegation|Abordnung|Gruppe|Gäste)\b.{0,80}?\b(darunter|unter ihnen|zu der auch|der auch|gehör(?:t|en|te|ten))\b/ : /\b(delegation|group)\b.{0,80}?\b(including|among them|which included|that included|included)\b/i, (_pos, end) => {
      for (const q of new Set(ms.filter((x) => x.m.span[0] >= end).map((x) => x.p))) { add(guest, q, w); attached.add(q); }
    });
    // "代表团成员悉尼大学校长X", "随团来访的…校长Y": delegation members
    if (lang === 'zh') scan(/(代表团成员|代表团团员|随团来访的|随团的|随行的)/, (_pos, end) => { const q = after(end); if (q) { add(guest, q, w); attached.add(q); } });
    // "X, cabinet member of …, and Professor Y were among the delegation", "gehörten zur Delegation": members before the verb
    const among = lang === 'en' ? /\b(?:were|was) (?:also )?(?:among|part of|members? of|in) (?:the|his|her|their) (?:[\w-]+ )?(?:delegation|group|party)\b/i.exec(s.text)
      : lang === 'de' ? /\b(?:gehörten|gehörte) (?:auch |ebenfalls )?(?:zur|der) (?:[\p{L}-]+ )?(?:Delegation|Abordnung|Gruppe)\b/u.exec(s.text) : null;
    if (among) for (const q of new Set(ms.filter((x) => x.m.span[1] <= s.start + among.index).map((x) => x.p))) { add(guest, q, w); attached.add(q); }
    // "Eine Nürnberger Delegation war in Shenzhen unterwegs. Mit dabei waren Referentin X und …": the travellers' company
    if (lang === 'de' && /^(?:Mit dabei|Ebenfalls dabei|Dabei)\s+(?:waren|war|sind|ist)\b|;\s*mit dabei (?:waren|war)\b/.test(s.text) &&
      /\b(Delegation|Abordnung|Reise|Gruppe)\b/.test((sentences[si - 1]?.text ?? '') + s.text.split(';')[0]) &&
      /\b(unterwegs|reiste\w*|reist|bereiste\w*|besuchte\w*|zu Gast)\b/.test((sentences[si - 1]?.text ?? '') + s.text.split(';')[0]) && !HOST_SUBJ.de.test(sentences[si - 1]?.text ?? '')) {
      const from = s.start + Math.max(0, s.text.search(/[Mm]it dabei|Ebenfalls dabei|^Dabei/));
      // (weakly: "Mit dabei waren auch … sowie Bürgermeister X" may name a local who joined the reception)
      for (const q of new Set(ms.filter((x) => x.m.span[0] >= from).map((x) => x.p))) add(guest, q, w * 0.5);
    }
    scan(ACCOMPANY[lang], (pos, end) => {
      if (lang === 'zh') { const c = closestBefore(pos); if (c) pairs.push({ companion: c, of: null, zhHost: true }); return; }
      const inner = ms.filter((x) => x.m.span[0] >= pos && x.m.span[1] <= end).map((x) => x.p)[0];
      const companion = after(end);
      // "He was accompanied by …": the pronoun is the previous sentence's subject
      const pronoun = /^\s*(He|She|They|Er|Sie)\b/.test(s.text) || /\b(er|sie|he|she|they)\b/i.test(text.slice(pos, end));
      const pron = pronoun ? subjectBefore : undefined;
      const of = inner ?? before(pos) ?? pron;
      // "During the visit the Lord Mayor is due to meet X. She will be accompanied by Y": when the previous sentence named
      // nobody at its start, the pronoun is the visitor
      const prevS = sentences[si - 1];
      const pronAtStart = !!pron && !!prevS && pron.mentions.some((m) => m.span[0] - prevS.start < 40 && m.span[0] >= prevS.start);
      const toVisitor = pronoun && !inner && !before(pos) && !pronAtStart;
      if (companion) pairs.push({ companion, of: toVisitor ? null : of ?? null, zhHost: false, visitor: toVisitor });
    });
    const leaderSpans: Span[] = [];
    scan(DELEGATION_LEADER_AFTER[lang], (pos, end) => { add(guest, after(end), w * 1.5); leaderSpans.push([pos, end]); });
    scan(DELEGATION_OF[lang], (pos, end) => {
      if (leaderSpans.some(([a, b]) => pos < b && end > a)) return;
      if (ctx.kind !== 'visit_announcement' && (FUTURE[lang].test(text.slice(s.start, pos)) || /(kündigt\w* .{0,60}an|announced|angekündigt)/.test(text.slice(s.start, pos)))) return;
      // "Oberbürgermeister X empfing den Gast und seine Delegation", "Mayor X received Y and his delegation": the
      // delegation belongs to the one received, not to the subject
      if (lang !== 'zh' && /^(und|and) (ihre|seine|ihrer|seiner|her|his|their) Delegation/i.test(text.slice(pos, end)) && HOST_SUBJ[lang].test(text.slice(s.start, pos))) return;
      // "… called on Mayor X with a delegation": the delegation travels with the sentence's subject
      const withA = /^(with a|mit einer)/i.test(text.slice(pos, end));
      // "Mayor X met with a delegation from Shanghai": the delegation is the object, not the subject's company
      if (withA && /\b(met|meets|meet|received|receives|welcomed|welcomes|hosted|hosts|greeted|traf sich|trafen sich)\s*$/i.test(text.slice(Math.max(s.start, pos - 20), pos))) return;
      // zh "市委书记周乃翔在南林饭店会见了代表团一行": a receiving verb between the person and the delegation makes it the object
      if (lang === 'zh') {
        const cb = ms.filter((x) => x.m.span[1] <= pos).sort((a, b) => b.m.span[1] - a.m.span[1])[0];
        if (cb && HOST_SUBJ.zh.test(text.slice(cb.m.span[1], pos))) return;
      }
      add(guest, lang === 'zh' ? closestBefore(pos) : withA ? firstBefore(pos) ?? before(pos) : before(pos), w * 1.5);
    });
  }
  // companions take the side of the person they accompany ("accompanied by", "begleitet von", zh 陪同 = local hosts)
  for (const { companion, of, zhHost, visitor } of pairs) {
    const side = zhHost ? 'host' : visitor ? 'guest' : of ? (((host.get(of) ?? 0) > (guest.get(of) ?? 0)) ? 'host' : ((guest.get(of) ?? 0) > (host.get(of) ?? 0)) ? 'guest' : null) : null;
    if (!side || companion === of) continue;
    add(side === 'host' ? host : guest, companion, 2);
    attached.add(companion);
  }
  return { host, guest, attached };
}

export function principal(votes: Votes, p: Person): Side | null {
  const h = votes.host.get(p) ?? 0, g = votes.guest.get(p) ?? 0;
  if (h > g) return 'host';
  if (g > h) return 'guest';
  return null;
}
