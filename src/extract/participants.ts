// People to contract participants: role, `of` and side of each person who took part.
import type { RoleCode } from '../domain/taxonomy.ts';
import { MEET } from './cues.ts';
import { type PlaceMatch } from './gazetteer.ts';
import { bestTitle, isPinyinName, type Person, type TitleEvidence } from './people.ts';
import { type ContractKind, type ContractParticipant, type Evidence, type ParticipantEvidence, type Side, type Span } from './types.ts';
import { ev, type Ctx, sentenceOf, isLead } from './context.ts';
import { MISSION_VENUE, missionCountry, organiser, delegationOrigin } from './where.ts';
import { type Votes, principal } from './sides.ts';
import { traveller, tripGoals } from './trip.ts';

export function personEvidence(ctx: Ctx, p: Person, side: Side | null, conf: number): Evidence<ContractParticipant> {
  const t = bestTitle(p);
  const m = p.mentions.find((x) => x.full) ?? p.mentions[0]!;
  const role: RoleCode = t ? (t.former ? 'other' : t.role) : 'other';
  return ev({ name: p.name, role, of: t && !t.former ? t.of : null, side }, conf, m.span, ctx.sentences[m.sentence]?.text ?? null);
}

export function resolvePerson(ctx: Ctx, p: Person, kind: ContractKind, location: string | null, locCountry: string | null, votes: Votes, everyone: Person[]): ParticipantEvidence {
  const { sentences, gaz, lang } = ctx;
  const t = bestTitle(p) as TitleEvidence;
  const m = p.mentions.find((x) => x.full) ?? p.mentions[0]!;
  const sentence = sentences[m.sentence]?.text ?? null;
  let role: RoleCode = t.former ? 'other' : t.role;
  // the leading office without a place takes the place of another of the person's titles ("Bürgermeister X, Präsident des
  // Senats der Freien Hansestadt Bremen")
  const placed = !t.former && !t.of ? p.titles.find((x) => x !== t && !x.former && x.of && x.ofKind === 'place') : undefined;
  let of: string | null = t.former ? null : t.of ?? placed?.of ?? null;
  let ofConf = of ? 0.8 : 0.4;
  let ofSpan = t.ofSpan ?? placed?.ofSpan ?? null;
  const localRole = ['mayor', 'deputy_mayor', 'party_secretary', 'official', 'legislator', 'governor'].includes(role) || (role === 'minister' && !t.national);
  // "provincial Party Secretary Xin Changxing", "Provinzgouverneur": the province the lead names
  // "Der Parteisekretär der Provinz, Yang Dongsheng", "the governor of the province"
  const ofTheProvince = /^\s+(?:der Provinz|der Präfektur|of the (?:province|prefecture))\b(?!\s+\p{Lu})/u.test(ctx.text.slice(t.span[1], t.span[1] + 24));
  if (!t.former && !of && localRole && (ofTheProvince || /\b(provincial|Provinz-?|provinziale\w*)\s*$/i.test(ctx.text.slice(Math.max(0, t.span[0] - 14), t.span[0])))) {
    // the province of the venue's country ("Jiangsu Province and the US state of California … in Nanjing": Jiangsu)
    const rg = ctx.places.find((pl) => pl.place.kind === 'region' && isLead(sentenceOf(ctx, pl.span[0]) ?? sentences[0]!) && (!locCountry || pl.place.country === locCountry));
    if (rg) { of = rg.place.name; ofSpan = rg.span; ofConf = 0.5; }
  }
  // diplomats and national officials represent their country
  if (!t.former && (t.national || ['ambassador', 'consul_general', 'head_of_state', 'head_of_government'].includes(role) || (role === 'minister' && t.ofKind !== 'place'))) {
    const c = p.titles.find((x) => x.ofKind === 'country')?.of ?? p.titles.find((x) => x.country)?.country ?? null;
    if (c) { of = c; ofConf = 0.75; }
    // "Generalkonsulin Du Xiaohui" in a release of the "Generalkonsulat der Volksrepublik China in Hamburg": a diplomat whose
    // country goes unnamed serves the one mission the text names
    else if (['ambassador', 'consul_general'].includes(role) || (role === 'official' && /^(Konsul|consul|Vice Consul|Counsell?or|Botschaftsrat|Gesandte|Minister-Counsell?or|参赞|公使|领事|副总领事)/i.test(t.surface ?? ''))) {
      const mc = missionCountry(ctx);
      if (mc) { of = mc; ofConf = 0.6; }
      // "Generalkonsul Zhou Weiping stattet der Stadt Augsburg seinen Antrittsbesuch ab", "Consul General Wang Chunsheng calls
      // on the Lord Mayor": a diplomat with a Chinese name and no country named, abroad, is China's (the genre of Chinese
      // missions' own pages)
      else if (lang !== 'zh' && isPinyinName(p.name) && locCountry !== 'China') { of = 'China'; ofConf = 0.45; }
    }
  }
  // "Oberbürgermeister Keller und Bürgermeister Chen": a plain Bürgermeister who is not the receiving side, in a
  // report with one foreign partner city in the lead, is that city's mayor
  if (!t.former && !of && t.rawRole === 'mayor_de' && principal(votes, p) !== 'host' && !everyone.some((q) => q !== p && q.titles.length && principal(votes, q) === 'guest')) {
    const foreign = new Set<string>();
    for (const pl of ctx.places) {
      const ps = sentenceOf(ctx, pl.span[0]);
      if (!ps || !isLead(ps) || ps.isDateline || pl.place.kind !== 'city') continue;
      if (pl.place.country && !['Germany', 'Austria', 'Switzerland'].includes(pl.place.country)) foreign.add(pl.place.name);
    }
    for (const q of everyone) { const o = bestTitle(q)?.of; if (q !== p && o) foreign.delete(o); }
    if (foreign.size === 1) { of = [...foreign][0]!; ofConf = 0.45; }
  }
  // "mit dem Bürgermeister der ostchinesischen Metropole, Liu Jie", "der südungarischen Universitätsstadt": the one city
  // of that country the text names
  if (!t.former && !of && localRole) {
    // (the country adjective may carry a compass prefix: "ostchinesischen", "südungarischen"; the demonym table knows the rest)
    const descr = /^\s+(?:der|des)\s+(?:\p{L}+-)?(?:nord|süd|ost|west|zentral|mittel)*(\p{Ll}+)\s+(?:\p{Lu}\p{Ll}*stadt|Metropole|Millionenmetropole|Kreisstadt|Hauptstadt|Partnerstadt|Partnerkommune|Gemeinde)\b/u.exec(ctx.text.slice(t.span[1], t.span[1] + 80));
    const country = descr ? gaz.demonym(descr[1]!) : undefined;
    if (country) {
      const cands = [...new Set(ctx.places.filter((pl) => pl.place.kind === 'city' && pl.place.country === country).map((pl) => pl.place.name))];
      if (cands.length === 1) { of = cands[0]!; ofConf = 0.5; }
    }
  }
  // "Für Katalonien unterzeichnete Wirtschaftsminister X", "For Lombardy, State Secretary X signed", "on behalf of Lyon":
  // the party the person speaks or signs for
  if (!t.former && localRole) {
    const ts = sentenceOf(ctx, t.span[0]);
    if (ts) {
      const head = ctx.text.slice(ts.start, t.span[0]);
      const c0 = ts.start + Math.max(head.lastIndexOf(';'), head.lastIndexOf(','), -1) + 1;
      const forPl = ctx.places.filter((pl) => pl.span[0] >= c0 && pl.span[1] <= t.span[0] && pl.place.kind !== 'country' &&
        /(?:^|\s)(?:[Ff]ür|[Ff]or|on behalf of|im Namen von|代表)\s*(?:die\s+|den\s+|das\s+|the\s+)?$/.test(ctx.text.slice(Math.max(ts.start, pl.span[0] - 16), pl.span[0])));
      if (forPl.length === 1 && /^[\s,]*(?:\p{L}+\s+){0,2}$/u.test(ctx.text.slice(forPl[0]!.span[1], t.span[0])) && !/\b(?:and|und|sowie|or|oder)\b|和|与/.test(ctx.text.slice(forPl[0]!.span[1], t.span[0]))) { of = forPl[0]!.place.name; ofSpan = forPl[0]!.span; ofConf = 0.6; }
    }
  }
  // "aus Wuhan war der Leiter des Außenamtes, X, zugeschaltet", "Von Duisburger Seite nahm Beigeordneter X teil",
  // "from Leeds, councillor X": the origin named in the title's clause
  if (!t.former && !of && localRole) {
    const ts = sentenceOf(ctx, t.span[0]);
    if (ts) {
      const head = ctx.text.slice(ts.start, t.span[0]);
      const c0 = ts.start + Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'), -1) + 1;
      const orig = ctx.places.filter((pl) => pl.span[0] >= c0 && pl.span[1] <= t.span[0] && pl.place.kind !== 'country' &&
        (/(?:\b(?:aus|from|von)\s+(?:der\s+|dem\s+|the\s+)?|来自)$/i.test(ctx.text.slice(Math.max(ts.start, pl.span[0] - 12), pl.span[0])) ||
          (pl.form === 'adj' && /^\s+Seite/.test(ctx.text.slice(pl.span[1], pl.span[1] + 8))) || /^\s+side\b/.test(ctx.text.slice(pl.span[1], pl.span[1] + 8))));
      const clause = ctx.text.slice(c0, t.span[0]);
      if (orig.length === 1 && principal(votes, p) !== 'host' && !/(Delegation|Gäste|Gruppe|Besucher|delegation|guests|group|visitors|代表团)/.test(clause)) { of = orig[0]!.place.name; ofSpan = orig[0]!.span; ofConf = 0.55; }
    }
  }
  // "In Kobe he will meet Mayor X", "Erste Station ist Kyoto, wo … Bürgermeister X": the goal of the trip named in the
  // person's sentence is their city
  if (!t.former && !of && localRole) {
    const ts = sentenceOf(ctx, t.span[0]);
    const goals = tripGoals(ctx);
    const trOf = kind === 'visit_announcement' ? bestTitle(traveller(ctx, everyone) ?? p)?.of ?? delegationOrigin(ctx)?.place.name ?? ctx.dateline?.place.name : null;
    // ("Dort sind ein Gespräch mit Parteisekretär X … geplant": the goal of the sentence before)
    const ts2 = ts && /^(?:(?:Dort|There|Da)\b|在那里|在当地)/.test(ts.text) ? sentences[sentences.indexOf(ts) - 1] : ts;
    const here = ts2 ? [...new Set(ctx.places.filter((pl) => pl.span[0] >= ts2.start && pl.span[1] <= ts2.end && goals.has(pl.span[0]) && pl.place.name !== trOf).map((pl) => pl.place.name))] : [];
    if (here.length === 1 && traveller(ctx, everyone) !== p && principal(votes, p) !== 'host' && (kind === 'visit_announcement' || here[0] !== location)) { of = here[0]!; ofConf = 0.5; }
  }
  if (!t.former && !of && localRole) {
    // the press office's own officials go unnamed: the dateline city; a guest: a city of their sentence or the lead
    const side0 = principal(votes, p);
    const dl = ctx.dateline?.place.name ?? null;
    const firstInLead = (() => {
      const lead = everyone.filter((q) => q.titles.length).map((q) => ({ q, pos: q.mentions.find((x) => !sentences[x.sentence]!.isHeadline)?.span[0] ?? Infinity }))
        .sort((a, b) => a.pos - b.pos)[0];
      return lead?.q === p;
    })();
    const locPl = location ? gaz.lookup(location) : undefined;
    const hostRegion = everyone.map((q) => q !== p && principal(votes, q) === 'host' ? bestTitle(q) : null)
      .find((x) => x?.of && x.ofKind === 'place' && !!location && gaz.within(location, x.of))?.of;
    if (side0 !== 'guest' && hostRegion) { of = hostRegion; ofConf = 0.5; }
    else if (side0 === 'host' && location && locPl?.kind !== 'country') { of = location; ofConf = 0.55; }
    else if (side0 === 'host' && !location && dl) { of = dl; ofSpan = ctx.dateline!.span; ofConf = 0.5; }
    else if (side0 === 'guest' && dl && dl !== location) { of = dl; ofSpan = ctx.dateline!.span; ofConf = 0.45; }
    else if (!side0 && dl && (dl === location || !location || firstInLead)) { of = dl; ofSpan = ctx.dateline!.span; ofConf = 0.5; }
    else if (!side0 && location && locPl?.kind !== 'country') { of = location; ofConf = 0.5; }
    else if (side0 === 'guest') {
      const s = sentences[m.sentence]!;
      // places that belong to the host side are not the guest's: the venue, its region, the host people's places
      const hostPlaces = new Set(everyone.filter((q) => q !== p && principal(votes, q) === 'host').map((q) => bestTitle(q)?.of).filter((x): x is string => !!x));
      const hostish = (pl: PlaceMatch) => pl.place.name === location || hostPlaces.has(pl.place.name) || (!!location && gaz.within(location, pl.place.name));
      // "Vizebürgermeister der südchinesischen Technologiemetropole": the adjective names the country
      const descr = /^\s+(?:der|des|of the)\s+(?:\p{L}+-)?(\p{Ll}*?)(chinesisch|japanisch|koreanisch|deutsch|französisch|britisch|amerikanisch|Chinese|Japanese|Korean|German|French|British|American)/iu.exec(ctx.text.slice(t.span[1], t.span[1] + 60));
      const descrCountry = descr ? gaz.demonym(descr[2]!) ?? gaz.demonym(descr[2]!.charAt(0).toUpperCase() + descr[2]!.slice(1)) : undefined;
      const fits = (pl: PlaceMatch) => !descrCountry || pl.place.country === descrCountry;
      // "Zur Kieler Delegation gehört auch Ratsherr X", "a member of the Leeds delegation": the delegation named in the sentence
      const ownDel = ctx.places.find((pl) => pl.span[0] >= s.start && pl.span[1] <= s.end && pl.place.kind !== 'country' && !hostish(pl) &&
        /^\s*(?:Delegation|delegation|Gruppe|代表团|访问团)/.test(ctx.text.slice(pl.span[1], pl.span[1] + 12)));
      let other = ownDel ?? delegationOrigin(ctx) ?? ctx.places.find((pl) => pl.span[0] >= s.start && pl.span[1] <= s.end && pl.place.kind !== 'country' && !hostish(pl) && fits(pl));
      if (!other) {
        // the other city of the lead: most mentioned non-location city in the headline and lead
        const count = new Map<string, { n: number; pm: PlaceMatch }>();
        for (const pl of ctx.places) {
          const ps = sentenceOf(ctx, pl.span[0]);
          if (!ps || !isLead(ps) || ps.isDateline || pl.place.kind === 'country' || hostish(pl) || !fits(pl)) continue;
          const e = count.get(pl.place.name);
          if (e) e.n++; else count.set(pl.place.name, { n: 1, pm: pl });
        }
        let top: { n: number; pm: PlaceMatch } | undefined;
        // cities before regions, then the most mentioned
        for (const e of count.values()) if (!top || (e.pm.place.kind === 'city' && top.pm.place.kind !== 'city') || (e.pm.place.kind === top.pm.place.kind && e.n > top.n)) top = e;
        other = top?.pm;
      }
      if (other) { of = other.place.name; ofSpan = other.span; ofConf = 0.45; }
      // no other city in sight, while the visitors' city is named: a local office at the venue is the venue's
      else if (location && locPl?.kind !== 'country' && everyone.some((q) => q !== p && bestTitle(q)?.of && bestTitle(q)!.of !== location && gaz.lookup(bestTitle(q)!.of!)?.kind !== 'country')) { of = location; ofConf = 0.4; }
    } else if (location) { of = location; ofConf = 0.55; }
  }
  // zh reports name their own city's officials without the city ("副市长季晶参加会见"): the city of the report's Chinese
  // principal
  if (!t.former && !of && localRole && lang === 'zh' && principal(votes, p) !== 'guest') {
    const lead = everyone.filter((q) => q !== p).map((q) => ({ t: bestTitle(q), pos: q.mentions[0]?.span[0] ?? Infinity }))
      .filter((x) => x.t?.of && x.t.ofKind === 'place' && gaz.lookup(x.t.of)?.country === 'China').sort((a, b) => a.pos - b.pos)[0];
    if (lead) { of = lead.t!.of; ofConf = 0.45; }
    // a city's own site names its officials without the city; the one Chinese city the text names that is no guest's
    // ("…愿与哈尔滨加强…合作") is theirs
    else if (!location) {
      const guestOf = new Set(everyone.filter((q) => principal(votes, q) === 'guest').map((q) => bestTitle(q)?.of));
      const cn = [...new Set(ctx.places.filter((pl) => pl.place.kind === 'city' && pl.place.country === 'China' && !guestOf.has(pl.place.name)).map((pl) => pl.place.name))];
      if (cn.length === 1) { of = cn[0]!; ofConf = 0.4; }
    }
  }
  // German "Bürgermeister(in)" under an Oberbürgermeister of the same city → deputy
  // "Erster Bürgermeister" is Hamburg's head, but under an Oberbürgermeister (Heidelberg) the first deputy
  const firstDeputy = /^Erste/.test(t.surface ?? '') && t.rawRole === 'mayor';
  if ((t.rawRole === 'mayor_de' || firstDeputy) && !t.former && of) {
    const place = gaz.lookup(of);
    const germanic = place?.country === 'Germany' || place?.country === 'Austria';
    const ob = everyone.some((q) => {
      if (q === p) return false;
      const qt = q.titles.find((x) => x.role === 'mayor' && x.rawRole === 'mayor' && !x.former);
      return !!qt && (qt.of ?? ctx.dateline?.place.name ?? location) === of;
    });
    // an Oberbürgermeister named without a name ("in Vertretung des Oberbürgermeisters") also counts
    const obUnnamed = /Oberbürgermeister\w*\b(?!\s+(von|der Stadt|aus)\s)/.test(ctx.text) && !everyone.some((q) => q !== p && q.titles.some((x) => x.rawRole === 'mayor' && !x.former && (x.of ? x.of !== of : !!t.ofSpan)));
    if (germanic && (ob || obUnnamed)) role = 'deputy_mayor';
  }
  // "Oberbürgermeisterin X, Bürgermeister Y …" with no city known for either: Y serves under X
  if (t.rawRole === 'mayor_de' && !t.former && !of && role === 'mayor' && everyone.some((q) => q !== p && q.titles.some((x) => x.rawRole === 'mayor' && /Oberbürgermeister/i.test(x.surface ?? '') && !x.former && !x.of))) role = 'deputy_mayor';
  // a governor represents a region: "Osaka Governor" → Osaka Prefecture; a Land's Ministerpräsident seen only
  // through the dateline (Düsseldorf) → the region that city is the seat of
  // provincial and Land offices ("副省长", "vice governor", "Landtagspräsidentin", "Europaminister") represent the region
  const provincial = /(省|州长|州议会|governor|Gouverneur|Landtag|Landes|Provinz|Province|Prefectur|Präfektur)/i.test(t.surface ?? '');
  if ((role === 'governor' || (role === 'minister' && !t.national) || provincial) && of) {
    const place = gaz.lookup(of);
    if (place && place.kind === 'city') {
      let found = false;
      for (const suffix of [' Prefecture', ' Province', ' (state)', ' State']) {
        const r = gaz.byName.get(of + suffix) ?? gaz.lookup(of + suffix);
        if (r && r.kind === 'region') { of = r.name; found = true; break; }
      }
      if (!found && place.parent && !t.ofSpan) of = place.parent;
    }
  }
  // "Stadtpräsident" heads the council in Schleswig-Holstein's cities (Kiel, Lübeck), the city in Switzerland (Zürich)
  if (/^Stadtpräsident/.test(t.surface ?? '') && role === 'mayor' && of && gaz.lookup(of)?.country === 'Germany') role = 'legislator';
  // side
  let side: Side | null = null;
  let sideConf = 0.5;
  const vote = principal(votes, p);
  const inLead = p.mentions.some((x) => isLead(sentences[x.sentence]!));
  if (t.former || kind === 'video_call') side = null;
  else if (['business', 'academic', 'other'].includes(role)) {
    const top = p.mentions.some((x) => sentences[x.sentence]!.isHeadline || sentences[x.sentence]!.bodyIndex === 0);
    const strong = Math.max(votes.host.get(p) ?? 0, votes.guest.get(p) ?? 0) >= 1;
    side = (top || votes.attached.has(p)) && vote && (strong || top) ? vote : p.mentions.some((x) => sentences[x.sentence]!.isHeadline) ? 'guest' : null;
    // "Auf Leipziger Seite nahmen … die Rektorin der Universität Leipzig … teil", "On the Leeds side, …": the side named
    if (!side && location) {
      for (const x of p.mentions) {
        const st = sentences[x.sentence]!;
        const named = ctx.places.find((pl) => pl.span[0] >= st.start && pl.span[1] <= x.span[0] && pl.place.kind !== 'country' &&
          (/^\s+Seite\b/.test(ctx.text.slice(pl.span[1], pl.span[1] + 8)) || /^\s+side\b/.test(ctx.text.slice(pl.span[1], pl.span[1] + 8))));
        if (named) { side = named.place.name === location || gaz.within(location, named.place.name) ? 'host' : 'guest'; break; }
      }
    }
    // "wurde … von Markus Bangen, Vorstandsvorsitzender der Duisburger Hafen AG, empfangen": who receives in the lead hosts
    if (!side && inLead && vote === 'host' && (votes.host.get(p) ?? 0) >= 1.5 && role !== 'other') side = 'host';
    if (side && of && location && of === location) side = 'host';
    // community figures (侨领, association chairs) who attend or accompany stay neutral unless they travel with a delegation
    if (role === 'other' && side === 'host') side = null;
  } else if (of && location) {
    const place = gaz.lookup(of);
    if (place?.kind === 'country') {
      // a diplomat who receives at their own post (consulate, embassy, residence) is the host
      const posted = p.titles.map((x) => x.postingSpan).filter((x): x is Span => !!x)
        .map((sp) => ctx.places.find((pl) => pl.span[0] === sp[0])?.place.name).some((n) => n === location);
      // (the posting may go unnamed with the title: "Consul General X received … at the Consulate-General in Manchester")
      const atMission = (posted || !p.titles.some((x) => x.postingSpan)) && vote === 'host' && ['ambassador', 'consul_general'].includes(role) &&
        sentences.some((s) => isLead(s) && MISSION_VENUE[lang].test(s.text) && MEET[lang].test(s.text));
      side = place.name === locCountry || atMission ? 'host' : 'guest';
    } else if (place?.kind === 'region') {
      // is the venue in that region? The gazetteer knows for Chinese cities and regional capitals; else the verbs tell
      const lp = gaz.lookup(location);
      if (gaz.within(location, place.name) || new RegExp(`\\b${location.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(place.name)) side = 'host';
      else if (lp && lp.country && place.country && lp.country !== place.country) side = 'guest';
      else if (lp?.parent && lp.parent !== place.name) side = 'guest';
      else side = vote;
    }
    // a neighbouring town's mayor receiving together with the host ("Bürgermeisterin X aus dem benachbarten Y und
    // Oberbürgermeister Z begrüßten die Delegation"): same country as the venue, receiving, while the guests come from abroad
    else if (of !== location && vote === 'host' && place?.country && place.country === locCountry &&
      everyone.some((q) => q !== p && principal(votes, q) === 'guest' && gaz.lookup(bestTitle(q)?.of ?? '')?.country !== locCountry)) side = 'host';
    // an organisation ("Shanghai People's Association for Friendship with Foreign Countries"): the side of the place it
    // is named after, else the verbs'
    else if (!place) {
      const words = of.split(/\s+/);
      const home = [3, 2, 1].map((n) => gaz.lookup(words.slice(0, n).join(' ').replace(/['’]s$/, ''))).find((x) => x && x.kind !== 'country');
      side = home ? (home.name === location || gaz.within(location, home.name) ? 'host' : 'guest') : vote;
    }
    // (a district of the venue's city is at home: 海淀区 in Beijing)
    else side = of === location || (place?.kind === 'district' && place.parent === location) ? 'host' : 'guest';
    sideConf = 0.7;
  } else if (of && !location && gaz.lookup(of)?.kind === 'country' && kind !== 'forum') {
    // no venue known: a diplomat or national official takes the side of a compatriot principal ("荷兰首相…，荷兰驻华大使…参加会见")
    const diplomat = ['ambassador', 'consul_general', 'official'].includes(role);
    const mate = everyone.find((q) => q !== p && !!principal(votes, q) && (bestTitle(q)?.of === of || bestTitle(q)?.country === of) &&
      !['ambassador', 'consul_general', 'official'].includes(bestTitle(q)?.role ?? ''));
    side = (diplomat || !vote) && mate ? principal(votes, mate) : vote; sideConf = 0.5;
  } else if (vote) { side = vote; sideConf = 0.6; }
  if (kind === 'visit_announcement' && of && !t.former && gaz.lookup(of)?.kind !== 'country') {
    // an announcement: the travellers come from home, everyone else named at a goal of the trip receives them
    const tr = traveller(ctx, everyone);
    const home = tr ? bestTitle(tr)?.of ?? delegationOrigin(ctx)?.place.name ?? ctx.dateline?.place.name : null;
    if (home && principal(votes, tr!) !== 'host') side = of === home ? 'guest' : tripGoals(ctx).has(of) ? 'host' : side;
  }
  if (kind === 'forum' && !location && of) {
    // an online forum: the organiser ("hosted by Gothenburg", the dateline city) hosts; other cities' people are guests
    const org = organiser(ctx) ?? ctx.dateline?.place.name ?? null;
    const pl = gaz.lookup(of);
    if (of === org) side = 'host';
    else if (pl && pl.kind !== 'country' && org) side = 'guest';
  }
  if (kind === 'forum' && side && of) {
    const place = gaz.lookup(of);
    if (place?.kind === 'country' || !place) side = of === location ? 'host' : null;
  }
  const value: ContractParticipant = { name: p.name, role, of, side };
  const spanOf: Span | null = ofSpan ?? null;
  void lang;
  return {
    ...ev(value, inLead ? 0.8 : 0.6, m.span, sentence),
    role: ev(role, 0.75, t.span, sentences.find((s) => t.span[0] >= s.start && t.span[0] < s.end)?.text ?? null),
    of: ev(of, ofConf, spanOf, spanOf ? sentences.find((s) => spanOf[0] >= s.start && spanOf[0] < s.end)?.text ?? null : null),
    side: ev(side, sideConf, m.span, sentence),
  };
}
