// Titles, affiliations and sides in single sentences written for this project (own texts, not evaluation items).
import { describe, expect, it } from 'vitest';
import { extractEngagement } from './index.ts';

const parts = (text: string, lang: 'de' | 'en' | 'zh') =>
  Object.fromEntries(extractEngagement(text, { lang, published: '2024-03-08' }).contract.participants.map((p) => [p.name, p]));

describe('titles with genitive phrases, organisations and national bodies', () => {
  it('de: chair of a people’s congress standing committee, named after a genitive chain', () => {
    const p = parts('Oberbürgermeister Frank Mentrup hat am Montag den Vorsitzenden des Ständigen Ausschusses des Volkskongresses von Ningbo, Yu Hongtao, im Rathaus empfangen.', 'de');
    expect(p['Yu Hongtao']).toMatchObject({ role: 'legislator', of: 'Ningbo' });
  });
  it('de: CPAFFC president represents the association; a company chief is business with the company’s English name', () => {
    const p = parts('Oberbürgermeister Frank Mentrup hat am Montag den Präsidenten der Chinesischen Volksgesellschaft für Freundschaft mit dem Ausland, Lin Songtian, und den Vorstandsvorsitzenden der Siemens AG, Roland Busch, im Rathaus empfangen.', 'de');
    expect(p['Lin Songtian']).toMatchObject({ role: 'official', of: "Chinese People's Association for Friendship with Foreign Countries" });
    expect(p['Roland Busch']).toMatchObject({ role: 'business', of: 'Siemens' });
  });
  it('en: everyone received is a guest; CPAFFC officers represent the association', () => {
    const p = parts("Mayor Eric Adams on Monday received Lin Songtian, president of the Chinese People's Association for Friendship with Foreign Countries, and Zhang Wei, executive vice mayor of Tianjin, at City Hall.", 'en');
    expect(p['Lin Songtian']).toMatchObject({ role: 'official', of: "Chinese People's Association for Friendship with Foreign Countries", side: 'guest' });
    expect(p['Zhang Wei']).toMatchObject({ role: 'deputy_mayor', of: 'Tianjin', side: 'guest' });
  });
  it('en: a people’s congress chairman represents the city; a title word is not part of a name', () => {
    const p = parts("Mayor Eric Adams on Monday received Li Qiang, chairman of the Standing Committee of the Shanghai Municipal People's Congress.", 'en');
    expect(p['Li Qiang']).toMatchObject({ role: 'legislator', of: 'Shanghai' });
    const q = parts('Mayor Eric Adams on Monday received Hamburg Senator Melanie Leonhard and Councilwoman Julie Won at City Hall.', 'en');
    expect(Object.keys(q)).not.toContain('Councilwoman Julie Won');
    expect(q['Julie Won']).toMatchObject({ role: 'legislator' });
  });
  it('zh: attendees, 市长助理, CPAFFC officers and foreign national legislators', () => {
    const p = parts('3月5日，市长张伟会见了法国驻沪总领事高大伟，市人大常委会主任李明、市政协副主席王芳、市长助理赵刚参加会见。', 'zh');
    expect(p['李明']).toMatchObject({ role: 'legislator', side: 'host' });
    expect(p['王芳']).toMatchObject({ role: 'official', side: 'host' });
    expect(p['赵刚']).toMatchObject({ role: 'official', side: 'host' });
    expect(p['高大伟']).toMatchObject({ role: 'consul_general', of: 'France' });
    const q = parts('3月5日，市长张伟会见了中国人民对外友好协会会长林松添、德国联邦议院议员马丁·施密特。', 'zh');
    expect(q['林松添']).toMatchObject({ role: 'official', of: "Chinese People's Association for Friendship with Foreign Countries" });
    expect(q['马丁·施密特']).toMatchObject({ role: 'legislator', of: 'Germany' });
  });
});
