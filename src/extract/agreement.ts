// Whether an agreement was signed at the engagement (GUIDE.md "agreement_signed").
import { DOC, FUTURE, SIGN } from './cues.ts';
import { type ContractKind, type Evidence } from './types.ts';
import { ev, type Ctx, clauseAround } from './context.ts';

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
    return ev(true, 0.7, [s.start, s.end], s.text);
  }
  return ev(false, 0.7, null, null);
}
