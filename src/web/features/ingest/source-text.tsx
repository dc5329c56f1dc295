// The press release as stored, with the span of each extracted field marked: the field the reader
// is looking at strongly, and on request every found field in its group's colour.
import { Card, Group, Switch, Text } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { type Highlight, SPAN_TYPES, segmentText } from './spans.ts';

const LANG_ATTRIBUTE: Record<string, string> = { de: 'de', en: 'en', zh: 'zh-Hans' };
const TYPE_LABELS = {
  what: 'ingest.spans.what', when: 'ingest.spans.when', place: 'ingest.spans.place', person: 'ingest.spans.person', topic: 'ingest.spans.topic',
} as const;

interface SourceTextProps {
  text: string;
  language: string | null;
  highlights: Highlight[];
  active: string | null;
  showAll: boolean;
  onShowAll: (value: boolean) => void;
  /** Increases when the reader asks to see a field: scroll the page to it, not only the panel. */
  revealRequest: number;
}

export function SourceText({ text, language, highlights, active, showAll, onShowAll, revealRequest }: SourceTextProps) {
  const { t } = useLocaleFormat();
  const segments = useMemo(() => segmentText(text, highlights), [text, highlights]);
  const panel = useRef<HTMLDivElement>(null);

  // Bring the active span into view inside the panel; on an explicit request, also on the page.
  useEffect(() => {
    const box = panel.current;
    const mark = box?.querySelector<HTMLElement>('mark[data-active="true"]');
    if (!box || !mark) return;
    if (box.scrollHeight > box.clientHeight + 4) {
      const top = mark.offsetTop - box.offsetTop - box.clientHeight / 3;
      box.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
    }
    if (revealRequest > 0) {
      const rect = mark.getBoundingClientRect();
      if (rect.top < 60 || rect.bottom > window.innerHeight) mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  }, [active, revealRequest]);

  return (
    <Card withBorder className="ingest-source" component="section" aria-labelledby="ingest-source-title">
      <Group justify="space-between" mb="xs" gap="xs">
        <Text fw={600} id="ingest-source-title">{t('ingest.review.sourceText')}</Text>
        <Switch size="xs" label={t('ingest.review.showAll')} checked={showAll} onChange={(e) => onShowAll(e.currentTarget.checked)} />
      </Group>
      {showAll && (
        <Group gap="xs" mb="xs" aria-label={t('ingest.review.legend')}>
          {SPAN_TYPES.map((type) => (
            <Text key={type} span size="xs" className={`hl hl-${type}`} px={4}>{t(TYPE_LABELS[type])}</Text>
          ))}
        </Group>
      )}
      <div ref={panel} className="ingest-source-text prewrap" lang={language ? LANG_ATTRIBUTE[language] : undefined}>
        {segments.map((segment) => {
          const activeHere = active !== null && segment.highlights.some((h) => h.id === active);
          if (!activeHere && !(showAll && segment.highlights.length)) return <span key={segment.start}>{segment.text}</span>;
          const type = (activeHere ? segment.highlights.find((h) => h.id === active) : segment.highlights[0])!.type;
          return (
            <mark key={segment.start} className={`hl hl-${type}`} data-active={activeHere ? 'true' : undefined} data-fields={segment.highlights.map((h) => h.id).join(' ')}>
              {segment.text}
            </mark>
          );
        })}
      </div>
    </Card>
  );
}
