// Turns an HTML page into the article's title, text and publication date (Mozilla Readability on linkedom).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface Article { title: string | null; text: string; publishedOn: string | null; language: string | null }

const DATE_META = ['article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued'];

export function htmlToArticle(html: string): Article {
  const { document } = parseHTML(html.includes('<html') ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  for (const element of document.querySelectorAll('script, style, noscript, template, iframe, object, embed')) element.remove();
  let publishedOn: string | null = null;
  for (const name of DATE_META) {
    const content = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`)?.getAttribute('content');
    const match = content && /\d{4}-\d{2}-\d{2}/.exec(content);
    if (match) {
      publishedOn = match[0];
      break;
    }
  }
  publishedOn ??= /\d{4}-\d{2}-\d{2}/.exec(document.querySelector('time[datetime]')?.getAttribute('datetime') ?? '')?.[0] ?? null;
  const language = document.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase() ?? null;
  const fallbackTitle = document.querySelector('title')?.textContent?.trim() || null;
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const text = normaliseText(article?.textContent ?? document.body?.textContent ?? '');
  const title = article?.title?.trim() || fallbackTitle;
  // Readability drops the headline from the body; extraction reads the lead, so put it back on top.
  const withTitle = title && !text.startsWith(title) ? `${title}\n\n${text}` : text;
  return { title, text: withTitle, publishedOn, language };
}

function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
