// Entry point of the web app (index.html loads this).
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app.css';
import { MantineProvider, createTheme } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { setupI18n } from './i18n/i18n.ts';
import { router } from './routes/router.tsx';

const theme = createTheme({
  primaryColor: 'blue',
  // System fonts only (nothing remote); the CJK fallbacks give Chinese text a proper face.
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  // Keyboard users must always see where they are.
  focusRing: 'auto',
  // Long titles ("Chen Jining trifft die Oberbürgermeisterin von Köln …") must not fill a phone screen.
  headings: {
    sizes: {
      h1: { fontSize: 'clamp(1.5rem, 1.1rem + 2vw, 2.125rem)', lineHeight: '1.25' },
      h2: { fontSize: 'clamp(1.25rem, 1rem + 1.2vw, 1.625rem)', lineHeight: '1.3' },
    },
  },
});

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } },
});

await setupI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
