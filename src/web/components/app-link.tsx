import { Anchor, type AnchorProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A router link styled as a Mantine anchor, so in-app navigation never reloads the page. */
export function AppLink({ to, children, ...props }: AnchorProps & { to: string; children: ReactNode; lang?: string }) {
  return (
    <Anchor component={Link} to={to} {...props}>
      {children}
    </Anchor>
  );
}
