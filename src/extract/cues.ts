// Cue lexicons for engagement kind, roles of the parties (host/guest), time context and signing.
import type { Lang } from './types.ts';

type ByLang = Record<Lang, RegExp>;

export const MEET: ByLang = {
  de: /(trifft|traf|treffen|getroffen|Reise|empf(ing|ängt|angen|ang)|Empfang|begrüßt|willkommen|Gespräch|gesprochen|besucht|Besuch|Antrittsbesuch|zu Gast|Station|Rathaus|Delegation|tauschten sich|runden Tisch|saß|informiert sich|kam\b|Amtskolleg|Arbeitsbesuch|Visite)/,
  en: /\b(met|meets|meeting|received|receives|welcomed|welcomes|hosted|hosts|held talks|talks(?! (?:about|to)\b)|told|called on|calls on|visit|visited|visits|paid|delegation|courtesy call|greeted|sat down|conversation)\b/i,
  zh: /(会见|会晤|会谈|拜会|拜访|迎接|接见|访问|来访|座谈|见面|会面|率团|一行|宴请|接待|到访|来到|抵达|交谈|出访)/,
};
export const VIDEO: ByLang = {
  de: /(Video(konferenz|schalte|gespräch|call|verbindung)|per Video|virtuell\w* (Treffen|Gespräch|Zeremonie|Unterzeichnung)|Online-(Zeremonie|Unterzeichnung)|online zugeschaltet)/i,
  en: /(video (call|link|conference|meeting|ceremony)|via video|virtual (meeting|ceremony|signing)|videoconference|by video|online (meeting|ceremony|signing))/i,
  zh: /(视频会见|视频会议|视频连线|视频会晤|云会见|以视频方式|视频通话|视频会谈|线上会见|云签约|视频签约|线上签约)/,
};
export const FORUM: ByLang = {
  de: /(Forum|forum|(?<!Presse|Video|Telefon)(?:Konferenz|konferenz)|Kongress|(?<!Volks|Partei)kongress|Gipfel|gipfel|Städtetag|Festakt|Jubiläumsfeier|Festveranstaltung|Bürgerfest|Partnerschaftsfest|Städtepartnerschaftsfest|Europafest|(?<=\p{L})treffen\b|Symposium|Tagung|Jahrestreffen|Jahresversammlung|Vollversammlung|Generalversammlung|(?<=\p{L})tagung)/u,
  en: /\b(forum|conference|summit|congress|celebration|gala|symposium|convention|annual meeting|general meeting|general assembly|roundtable|round table|round-table|(?:local |city |regional )?leaders['’] meeting|mayors['’] (?:meeting|conference))\b/i,
  zh: /(论坛|峰会|大会|研讨会|庆典|年会|开幕式|开幕|闭幕|交流会|对话会|圆桌会|推介会|博览会|洽谈会|[\u4e00-\u9fff]{2}周(?=开幕|闭幕|活动))/,
};
export const FORUM_VETO: ByLang = {
  de: /(bevor|vor dem|vor der|nach dem|nach der|am Rande|auf dem Weg|anlässlich)\b/i,
  en: /\b(before|ahead of|after|on the sidelines of|on the margins of|due to speak at|en route to)\b/i,
  zh: /(期间|前夕|之际|之前|之后|前往)$/,
};
export const SIGN: ByLang = {
  de: /(unterzeichne\w*|unterschrieben|unterschrieb|unterschreiben|Unterschrift\w*|Unterzeichnung|besiegel\w*)/i,
  en: /\b(signed|signs|signing|sign|inked|put (?:their|his|her) names? to)\b/i,
  zh: /(签署|签订|签约|签下|签字)/,
};
export const DOC: ByLang = {
  de: /(Vereinbarung|Abkommen|Absichtserklärung|Memorandum|MoU|Vertrag|Protokoll|Partnerschaftsurkunde|Urkunde|Erklärung|Aktionsplan|Kooperationsvertrag|Städtepartnerschaft|Partnerschaft|Charta)/i,
  en: /\b(agreement|memorandum|MoU|MOU|letter of intent|protocol|accord|treaty|declaration|action plan|twinning|sister[- ]city|partnership|contract|deal|charter)\b/i,
  zh: /(备忘录|协议|意向书|协定|友好城市|友城|合作书|框架|议定书|宣言|行动计划|合同|文件|关系)/,
};
export const SIGN_CEREMONY: ByLang = {
  de: /(Unterzeichnungszeremonie|Zeremonie|feierlich unterzeichnet)/i,
  en: /(signing ceremony|ceremony)/i,
  zh: /(签约仪式|签字仪式|签署仪式)/,
};
export const FUTURE: ByLang = {
  de: /(\bwird\b|\bwerden\b|\bsoll\b|\bsollen\b|geplant|plant\b|planen|bevorstehend|künftig|kommende[nrs]? (Woche|Monat|Jahr)|demnächst|wollen)/i,
  en: /\b(will|would|shall|is to|are to|plans? to|planned|upcoming|next (week|month|year)|is set to|to be signed|intends?)\b/i,
  zh: /(将|拟|(?<!行动|合作|工作|发展|五年|交流|年度)计划(?!书)|即将|准备|有望|下一步)/,
};
export const ANNOUNCE: ByLang = {
  de: /(wird\b.{0,80}\b(reisen|besuchen|aufbrechen|fliegen)|reist\b.{0,80}\b(?:nach|in die|in den|zu)\b|(?:bricht|brechen)\b.{0,60}\bauf\b|bevorstehende\w* (Reise|Besuch)|vor (seiner|ihrer|der) (Reise|Abreise)|startet\b.{0,40}\bReise|wird\b.{0,60}\bDelegation|(wird|werden)\b.{0,80}\berwartet|reist\b.{0,40}\b(kommende|nächste)n? Woche)/i,
  en: /\b(will (visit|travel|lead|head|fly|tour)|is to visit|are to visit|is set to (visit|travel)|ahead of (his|her|their|a|the) (trip|visit|tour)|upcoming (trip|visit)|will lead a delegation|is scheduled to|leaves for|departs for)\b/i,
  zh: /(将(于|赴|访问|率团|前往|出访|应邀)|即将(访问|出访|启程|前往)|拟于|启程|行前|出访前|(?:下周|下月|明天|明日|后天)(?:[^，。]{0,6})(?:访问|出访|率团|赴|前往))/,
};
/** Sentence talks about another time than the engagement (history, earlier visits, invitations). */
export const OTHER_TIME: ByLang = {
  de: /(damals|\bfrüher\b|am (?:nächsten|folgenden) Tag|tags darauf|am Folgetag|\bhatten?\b.{0,80}\b(unterzeichnet|besucht|vereinbart|begründet|geschlossen)\b|im vergangenen (?:Jahr|Frühjahr|Sommer|Herbst|Winter|Monat)|vergangenes Jahr|letztes Jahr|letzte Woche|später im Jahr|vor (gut |knapp |rund |etwa |mehr als )?(einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|vierzig|fünfzig|\d+) Jahr|wiederzukommen|eingeladen|Gegenbesuch|\b(?:ist|sind) (?:dort |danach |anschließend )?(?:ein [a-zäöüß]+ )?geplant\b|\b(?:wird|werden) (?:die Delegation |die Gäste |sie |er )?(?:am [A-Za-zäöüß]+ )?(?:[^.,;]{0,60} )?(?:empfangen|begrüßt) werden\b|\breist\b.{0,40}\bweiter\b|Weiterreise|erst im|\b1[89]\d\d\b|seit \d{4}|bereits \d{4}|\bim Jahr \d{4})/i,
  en: /\b(the (?:next|following) day|separately|earlier|had (chaired|met|visited|talked|signed|been)|last (year|month|week|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)|back in|invited .{0,40}to (visit|come)|next (year|month)|previously|in (19|20)\d\d|a day before|a year ago|years ago|later (?:this|in the) (?:year|month)|hopes? to visit|travels on to|will travel on|before travelling on|(?:is|are) scheduled to|will (?:also )?(?:be )?(?:received|welcomed|hosted) by|will (?:also )?(?:meet|call on)|(?:is|are) (?:due|expected) to (?:meet|call on)|earlier this (?:year|month)|then (?:mayor|lord mayor|governor|party secretary|president|premier|prime minister))\b/i,
  zh: /(次日|翌日|第二天|(?:\d{4}年|去年|此前|上次)[^，。]{0,12}期间|(?<=[^书记长任事使席员、，。和与及同；：\s])曾|曾(?:经|多次|两次|先后|担任)|此前|去年|今年\d+月|欢迎.{0,30}(到|来|访)|(?<!应[^，。；]{0,30})邀请|将于|将赴|有意|打算|期待[^，。]{0,24}(?:出席|访问|来|赴)|今年[春夏秋冬]天|当年|前年|\d{4}年(?!\d{1,2}月\d{1,2}日))/,
};
export const VAGUE_DATE: ByLang = {
  de: /(kürzlich|neulich|jüngst|in diesen Tagen|vor Kurzem|vor kurzem)/i,
  en: /\b(recently|in recent days|the other day|lately)\b/i,
  zh: /(近日|日前|近期|前不久|最近)/,
};

/** Verbs whose subject is the host (receives) or the guest (visits). */
export const HOST_SUBJ: ByLang = {
  de: /(empfing|empfängt|empfangen|begrüßte|begrüßt|hieß|bat .{0,40}zum Empfang|war Gastgeber|Gastgeber|lud .{0,60}(ins Rathaus|zu(m| einem) (Empfang|Essen|Abendessen)))/,
  en: /(?<!\b(?:that|which|who) )\b(received|receives|welcomed|welcomes|hosted|hosts|greeted|greets)\b(?! by)/i,
  zh: /(会见|迎接|接见|宴请|接待|欢迎|会晤)/,
};
export const GUEST_SUBJ: ByLang = {
  de: /(besuchte|besucht|machte .{0,20}Station|kam\b|reiste|reist\b|reisen\b|bricht|aufbrechen|eingetroffen|informiert sich|Antrittsbesuch|zu Gast)/,
  en: /\b(visited|visits|called on|calls on|paid (a|her|his|their)? ?\w* ?(visit|call) (on|to)|travelled to|traveled to|arrived in|will lead a delegation|will visit|will travel)\b/i,
  zh: /(拜会|拜访|访问|率团|来访|到访|来到|抵达|出访)/,
};
export const PASSIVE_HOST_AFTER: ByLang = {
  de: /(empfangen von|begrüßt von|von .{0,40}empfangen)/,
  // "was welcomed to the Civic Offices last Thursday by Mayor X": the agent may follow a place and a time
  en: /\b(?:received|welcomed|hosted|greeted)(?: (?:to|at|in|on) [^,;.]{1,50}?)? by\b/i,
  zh: /(受到|获)/,
};
/** "Delegation um X", "a delegation led by X": the leader comes after the cue. */
export const DELEGATION_LEADER_AFTER: ByLang = {
  de: /((?:Delegation|Abordnung|Gruppe)\w*\s+(?:wurde|wird)\s+(?:\S+\s+){0,3}?(?:von|vom)\b|(?:Delegation|Gäste|Gruppe|Abordnung) um|unter (der )?Leitung (von|vom|des|der)|angeführt (wird sie )?(von|vom)|Angeführt (wird|wurde) (sie|die (?:[\p{L}\d-]+ )?(?:Delegation|Abordnung|Gruppe)) (von|vom)|[Gg]eleitet (wird|wurde) (sie|die (?:[\p{L}\d-]+ )?(?:Delegation|Abordnung|Gruppe)) (von|vom)|geleitet (von|vom)|an der Spitze|Leiter(in)? der Delegation (war|ist)|Delegationsleiter(in)? (war|ist))/u,
  en: /\b(delegation led by|delegation headed by|led by|headed by|head of the delegation (was|is)|the delegation was led by)\b/i,
  zh: /(以.{0,10}为团长的|团长)/,
};
export const DELEGATION_OF: ByLang = {
  de: /(und (ihre|seine|ihrer|seiner) Delegation|Delegation um|unter (der )?Leitung (von|vom|des|der)|angeführt (wird sie )?(von|vom)|geleitet (von|vom)|mit einer .{0,30}Delegation|an der Spitze einer Delegation|Angeführt (wird|wurde) (sie|die Delegation|die Gruppe) (von|vom)|[Gg]eleitet (wird|wurde) (sie|die Delegation|die Gruppe) (von|vom))/,
  en: /\b(and (her|his|their) delegation|delegation led by|led a delegation|-led delegation|delegation headed by|with a delegation)\b/i,
  zh: /(率团|率领|一行|代表团)/,
};
/** Talks with content of their own (a signing after talks is a meeting). */
export const TALKS: ByLang = {
  de: /(Gespräch|gesprochen|tauschten|trafen|traf|trifft|empfing|empfangen|begrüßt|diskutiert|beriet)/,
  en: /\b(talks|met|meets|discussed|received|welcomed|held talks|exchanged views)\b/i,
  zh: /(会谈|会见|会晤|座谈|交换了意见|交换意见)/,
};
/** Past-only part of OTHER_TIME, for announcements (which are about the future by nature). */
export const PAST_TIME: ByLang = {
  de: /(damals|\bfrüher\b|im vergangenen Jahr|vergangenes Jahr|letztes Jahr|vor (gut |knapp |rund |etwa |mehr als )?(einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|vierzig|fünfzig|\d+) Jahr|erst im|\b1[89]\d\d\b|seit \d{4}|bereits \d{4}|\bim Jahr \d{4})/i,
  en: /\b(earlier|had (chaired|met|visited|talked|signed|been)|last (year|month)|back in|previously|in (19|20)\d\d|a year ago|years ago|later (?:this|in the) (?:year|month)|hopes? to visit)\b/i,
  zh: /((?<=[^书记长任事使席员、，。和与及同；：\s])曾|曾(?:经|多次|两次|先后|担任)|此前|去年|当年|前年|\d{4}年(?!\d{1,2}月\d{1,2}日))/,
};
/** "A traf B" / "A met B": in official reports the subject is usually the host (weak). */
export const MEET_SUBJ: ByLang = {
  de: /(traf|trifft|kam .{0,30}zusammen)/,
  en: /\b(met|meets|met with|meets with|held talks with)\b/i,
  zh: /(见面|会面)/,
};
/** The person was not there after all. */
export const NOT_PRESENT: ByLang = {
  de: /(verhindert|nicht teilnehmen|abgesagt|ließ sich .{0,30}vertreten|entschuldigt|auf (?:einer )?Dienstreise|im Urlaub|nicht anwesend|nicht dabei)/i,
  en: /\b(unable to attend|could not attend|absent|sent (his|her) regrets|was represented by|(was|were) not present|did not attend|sent a (?:letter|written message|note)|(?:is|was) away\b|(?:is|was) out of town)\b/i,
  zh: /(未能出席|因故缺席|委托|致信|发来贺信|发来贺电)/,
};
/** Participation in a forum: sentences that enumerate the cities taking part. */
export const FORUM_PARTICIPATION: ByLang = {
  de: /(teilgenommen|nahmen|nehmen .{0,20}teil|vertreten|dabei waren|Teilnehmer|zugeschaltet|kamen aus|Vertreter|Delegation|zusammengekommen|kamen|trafen sich|Gäste aus|Bürgermeister\w* aus|Stadtoberhäupter|Partnerschaft\w* mit)/i,
  en: /\b(joining|joined|took part|taking part|take part|participat|were represented|represented|attended|delegates from|came from|from|brought together|delegations?|mayors of|sent|guests included|speakers|partnerships? with)\w*/i,
  zh: /(参加|出席|参会|与会|来自)/,
};

/** Interviews and portraits: an engagement only if a trip is announced (then visit_announcement). */
export const INTERVIEW: ByLang = {
  de: /(Interview|im Gespräch mit (unserer|der) (Zeitung|Redaktion)|Porträt)/,
  en: /\b(interview|profile)\b/i,
  zh: /(专访|采访|访谈)/,
};
/** "accompanied by X", "begleitet von X", "陪同": X is on the side of the accompanied person. */
export const ACCOMPANY: ByLang = {
  de: /(begleitet (von|vom)|Begleitet (wurde|wird|werden) .{0,40}?(von|vom)|in Begleitung (von|des|der)|gemeinsam mit|zusammen mit|(?:wurde|wurden|wird|werden)\s+(?:[\p{L}]+\s+){0,3}?(?:von|vom)(?=[^.]{0,160}\bbegleitet\b))/u,
  en: /\b(accompanied by|joined by|together with|along with|(?:will )?travel(?:s|led|ling)? with)\b/i,
  zh: /(陪同)/,
};
/** "conveyed greetings from X", "im Auftrag von X", "转达了X的问候": X is not there. */
export const ABSENT_AFTER: ByLang = {
  de: /(?:(Grüße|Grußworte?|[Ii]m Auftrag|[Ii]m Namen|[Ii]n Vertretung|Stellvertreter(?:in)?)\s+(?:von|vom|des|der|für)|\b(?:vertrat|vertritt|vertraten)(?:\s+(?:den|die|dabei|hier))?)\s+(?:[\p{L}'’.-]+\s+){0,5}$/u,
  en: /(?:\b(greetings|regards|a message|best wishes|on behalf|behalf|deputi[sz]ing|standing in|in place)\s+(?:from|of|for)|\b(?:represented|stood in for|stands in for))\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,5}$/iu,
  zh: /(转达了?|受)[^，。；]{0,14}$/,
};

/** "据市外办主任李刚介绍", "according to X", "laut X": X is a source who talked to the reporter. */
export const SOURCE_BEFORE: ByLang = {
  de: /\b(?:laut|nach Angaben (?:von|des|der))\s+(?:[\p{L}'’.-]+\s+){0,5}$/iu,
  en: /\baccording to\s+(?:[\p{L}'’.-]+\s+){0,5}$/iu,
  zh: /(?:据[^，。；]{0,16}|接受[^，。；]{0,12}采访时，?[^，。；]{0,16})$/,
};

/** The engagement did not take place (cancelled, postponed). */
export const CANCELLED: ByLang = {
  de: /(fällt .{0,60}\baus\b|abgesagt|verschoben|findet nicht statt)/i,
  en: /\b(cancell?ed|postponed|called off)\b/i,
  zh: /(取消|推迟|延期)/,
};
/** Attendance sentences: people named here attended beside the principals ("Also present were …", "参加会见"). */
export const ATTEND: ByLang = {
  de: /(nahm(en)? .{0,60}teil|waren .{0,40}dabei|Mit dabei|ebenfalls (anwesend|dabei)|auch anwesend|Gäste\b.{0,60}\bdarunter|unter den Gästen|zu den Gästen)/i,
  en: /\b(also (present|attended|attending)|also present|were also present|attended the (meeting|talks|ceremony)|joined the (meeting|talks|call)|among (the )?(guests|those present|attendees)|guests included)\b/i,
  zh: /(参加会见|参加会谈|陪同会见|出席会见|参加活动)/,
};
/** An exchange of letters or messages (no engagement in person or by video). */
export const LETTERS: ByLang = {
  de: /(Briefwechsel|Brief\b|Briefe\b|Schreiben\b|Glückwunschschreiben|Grußbotschaft)/,
  en: /\b(exchanged letters|letters\b|letter(?! of intent)|message of congratulations|congratulatory message)\b/i,
  zh: /(致信|复信|贺信|信函|互致贺电|贺电)/,
};
