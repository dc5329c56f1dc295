// Every page of the app and its URL. Pages live in their feature folders.
import { createBrowserRouter } from 'react-router';
import { AuditPage } from '../features/audit/audit-page.tsx';
import { EngagementEditPage, EngagementNewPage } from '../features/engagements/engagement-form-page.tsx';
import { EngagementPage } from '../features/engagements/engagement-page.tsx';
import { EngagementsListPage } from '../features/engagements/engagements-list-page.tsx';
import { AgreementEditPage, AgreementNewPage } from '../features/follow-through/agreement-form-page.tsx';
import { AgreementPage, AgreementsListPage } from '../features/follow-through/agreements-pages.tsx';
import { CommitmentEditPage, CommitmentNewPage } from '../features/follow-through/commitment-form-page.tsx';
import { CommitmentPage } from '../features/follow-through/commitment-page.tsx';
import { FollowThroughPage } from '../features/follow-through/follow-through-page.tsx';
import { HealthDashboardPage } from '../features/follow-through/health-dashboard-page.tsx';
import { ProjectEditPage, ProjectNewPage } from '../features/follow-through/project-form-page.tsx';
import { ProjectPage } from '../features/follow-through/project-page.tsx';
import { HomePage } from '../features/home/home-page.tsx';
import { DraftReviewPage } from '../features/ingest/draft-review-page.tsx';
import { DraftsPage } from '../features/ingest/drafts-page.tsx';
import { IngestPage } from '../features/ingest/ingest-page.tsx';
import { PartnershipEditPage, PartnershipNewPage } from '../features/partnerships/partnership-form-page.tsx';
import { PartnershipPage } from '../features/partnerships/partnership-page.tsx';
import { PartnershipsListPage } from '../features/partnerships/partnerships-list-page.tsx';
import { PlacePage } from '../features/places/place-page.tsx';
import { PlacesListPage } from '../features/places/places-list-page.tsx';
import { SearchPage } from '../features/search/search-page.tsx';
import { SourcePage } from '../features/sources/source-page.tsx';
import { PortalNotFound } from '../features/portal/portal-components.tsx';
import { PortalEngagementPage } from '../features/portal/portal-engagement-page.tsx';
import { PortalHomePage } from '../features/portal/portal-home-page.tsx';
import { PortalLayout } from '../features/portal/portal-layout.tsx';
import { PortalPartnershipPage } from '../features/portal/portal-partnership-page.tsx';
import { AcceptInvitationPage, ForgotPasswordPage, LoginPage, ResetPasswordPage } from '../features/auth/auth-pages.tsx';
import { TeamPage } from '../features/team/team-page.tsx';
import { AppLayout } from './app-layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/search', element: <SearchPage /> },
      { path: '/places', element: <PlacesListPage /> },
      { path: '/places/:id', element: <PlacePage /> },
      { path: '/partnerships', element: <PartnershipsListPage /> },
      { path: '/partnerships/new', element: <PartnershipNewPage /> },
      { path: '/partnerships/:id', element: <PartnershipPage /> },
      { path: '/partnerships/:id/edit', element: <PartnershipEditPage /> },
      { path: '/engagements', element: <EngagementsListPage /> },
      { path: '/engagements/new', element: <EngagementNewPage /> },
      { path: '/engagements/:id', element: <EngagementPage /> },
      { path: '/engagements/:id/edit', element: <EngagementEditPage /> },
      { path: '/sources/:id', element: <SourcePage /> },
      { path: '/ingest', element: <IngestPage /> },
      { path: '/drafts', element: <DraftsPage /> },
      { path: '/drafts/:id', element: <DraftReviewPage /> },
      { path: '/partnerships/:id/follow-through', element: <FollowThroughPage /> },
      { path: '/health', element: <HealthDashboardPage /> },
      { path: '/commitments/new', element: <CommitmentNewPage /> },
      { path: '/commitments/:id', element: <CommitmentPage /> },
      { path: '/commitments/:id/edit', element: <CommitmentEditPage /> },
      { path: '/projects/new', element: <ProjectNewPage /> },
      { path: '/projects/:id', element: <ProjectPage /> },
      { path: '/projects/:id/edit', element: <ProjectEditPage /> },
      { path: '/agreements', element: <AgreementsListPage /> },
      { path: '/agreements/new', element: <AgreementNewPage /> },
      { path: '/agreements/:id', element: <AgreementPage /> },
      { path: '/agreements/:id/edit', element: <AgreementEditPage /> },
      { path: '/audit', element: <AuditPage /> },
      { path: '/team', element: <TeamPage /> },
      { path: '/login', element: <LoginPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/accept-invitation', element: <AcceptInvitationPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  // The public portal: its own layout, no sign-in guard, only /api/public/* behind it.
  {
    path: '/public',
    element: <PortalLayout />,
    children: [
      { index: true, element: <PortalHomePage /> },
      { path: 'partnerships/:id', element: <PortalPartnershipPage /> },
      { path: 'engagements/:id', element: <PortalEngagementPage /> },
      { path: '*', element: <PortalNotFound /> },
    ],
  },
]);
