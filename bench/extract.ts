// Extraction throughput on one core: ~2 KB synthetic articles built from this project's own test texts.
//   node --import tsx bench/extract.ts [--docs N]
import { OWN_CASES } from '../src/extract/__fixtures__/own-texts.ts';
import { extractEngagement, getGazetteer } from '../src/extract/index.ts';

const arg = (name: string, dflt: number) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : dflt; };
const N = arg('--docs', 3000);

// Filler paragraphs in each language (background text of the kind press releases carry).
const FILLER = {
  de: 'Die Städtepartnerschaft wird von Schulen, Vereinen und Unternehmen getragen. Im vergangenen Jahr besuchten mehrere Gruppen die Partnerstadt, darunter ein Chor und eine Fußballmannschaft. Weitere Projekte betreffen den Austausch von Auszubildenden und die Zusammenarbeit der Volkshochschulen. ',
  en: 'The partnership is carried by schools, clubs and companies. Last year several groups travelled to the partner city, among them a choir and a youth football team. Further projects cover the exchange of apprentices and cooperation between adult education centres. ',
  zh: '两市友好关系由学校、协会和企业共同推动。去年，多个团组互访，其中包括合唱团和青少年足球队。双方还在职业培训和成人教育方面开展合作项目。',
};

function article(i: number): { text: string; published: string; lang: 'de' | 'en' | 'zh' } {
  const c = OWN_CASES[i % OWN_CASES.length]!;
  let text = c.text;
  const target = 2048;
  while (Buffer.byteLength(text, 'utf8') < target) text += '\n\n' + FILLER[c.lang];
  return { text, published: c.published, lang: c.lang };
}

const t0 = performance.now();
const gaz = getGazetteer();
const buildMs = performance.now() - t0;
const docs = Array.from({ length: 200 }, (_, i) => article(i));
const avgBytes = docs.reduce((a, d) => a + Buffer.byteLength(d.text, 'utf8'), 0) / docs.length;

// warm-up (JIT, lazily compiled lexicons)
for (let i = 0; i < 200; i++) { const d = docs[i % docs.length]!; extractEngagement(d.text, { published: d.published }); }

let checksum = 0;
const t1 = performance.now();
for (let i = 0; i < N; i++) {
  const d = docs[i % docs.length]!;
  const r = extractEngagement(d.text, { published: d.published });
  checksum += r.contract.participants.length;
}
const secs = (performance.now() - t1) / 1000;
console.log(`gazetteer: ${gaz.size} surfaces, built once in ${buildMs.toFixed(0)} ms`);
console.log(`documents: ${N} (avg ${avgBytes.toFixed(0)} bytes, de/en/zh mixed), ${secs.toFixed(2)} s, checksum ${checksum}`);
console.log(`throughput: ${(N / secs).toFixed(0)} documents/second on one core`);
