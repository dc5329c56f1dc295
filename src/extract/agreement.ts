// Whether an agreement was signed at the engagement (GUIDE.md "agreement_signed").
import { DOC, FUTURE, SIGN } from './cues.ts';
import { type ContractKind, type Evidence, type Lang } from './types.ts';
import { ev, type Ctx, clauseAround } from './context.ts';

const FIRST_TO_SIGN: Record<Lang, RegExp> = {
  zh: /(第一个|首个|首批|最早)[^，。；]{0,12}(签署|签订|签约)/,
  en: /\b(?:the )?(?:first|earliest)\s+(?:[\w-]+\s+){0,3}to\s+sign\b/i,
  de: /\bals (?:erste[rs]?|eine[rs]? der ersten)\s+(?:[\p{L}-]+\s+){0,3}[^,.;]{0,40}unterzeichne/iu,
};

export function detectAgreement(ctx: Ctx, kind: ContractKind): Evidence<boolean> {
  const { sentences, lang } = ctx;
  if (kind === 'visit_announcement') return ev(false, 0.8, null, null);
  if (kind === 'signing') {
    const s = sentences.find((x) => SIGN[lang].test(x.text));
    return ev(true, 0.8, s ? [s.start, s.end] : null, s?.text ?? null);
  }
  for (const s of sentences) {
    if (s.isDateline) continue;
    // "共同出席…签约仪式", "attended the signing ceremony": a signing took place
    const ceremony = /(签约仪式|签字仪式|签署仪式|signing ceremony|Unterzeichnungszeremonie|feierlich unterzeichnet)/i.test(s.text);
    if (!SIGN[lang].test(s.text) || (!DOC[lang].test(s.text) && !ceremony)) continue;
    // a signing told in a relative clause ("…, which signed an agreement in 1985, …") is history too: the whole sentence counts
    // the future counts in the signing's own clause only ("signed a memorandum under which they will cooperate" was signed)
    if (ctx.otherTime.test(s.text) || FUTURE[lang].test(clauseAround(s.text, SIGN[lang]))) continue;
    if (lang === 'en' && /\bsign(ed)? up\b/i.test(s.text)) continue;
    // "匈牙利是第一个同中国签署…合作文件的欧洲国家", "the first European country to sign": a record, not this engagement
    if (FIRST_TO_SIGN[lang].test(s.text)) continue;
    return ev(true, 0.7, [s.start, s.end], s.text);
  }
  return ev(false, 0.7, null, null);
}
