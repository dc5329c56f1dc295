import { useEffect } from 'react';

/** Tab title "<page> · citybridge", so browser history and screen readers name the page. */
export function useDocumentTitle(title: string | null | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · citybridge` : 'citybridge';
  }, [title]);
}
