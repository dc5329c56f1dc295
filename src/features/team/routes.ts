// The team of a city office over HTTP: thin routes, the rules live in service.ts.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../domain/common.ts';
import type { Db } from '../../db/client.ts';
import { noContent, problemResponses } from '../../server/route-helpers.ts';
import { contributorParams, member, memberParams, organisationContributors, roleChange, workspaceTeam } from './contract.ts';
import { changeMemberRole, getWorkspaceTeam, listContributors, removeContributor, removeMember, revokeInvitation } from './service.ts';

const tags = ['team'];
const problems = { ...problemResponses, 401: problemResponses[400], 403: problemResponses[400] };
const localModeNote = ' In local mode (no accounts yet) the answer is 409 `local_mode`: run `citybridge admin create` first.';

export function teamRoutes(app: FastifyInstance, db: Db) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/workspaces/:id/members', {
    schema: {
      tags, params: idParams, response: { 200: workspaceTeam, ...problems },
      summary: 'Members and pending invitations of an office',
      description: `For its members (any role) and platform administrators; 404 for everybody else.${localModeNote}`,
    },
  }, async (request) => getWorkspaceTeam(db, request.actor, request.params.id));

  api.patch('/workspaces/:id/members/:userId', {
    schema: {
      tags, params: memberParams, body: roleChange, response: { 200: member, ...problems },
      summary: "Change a member's role",
      description: `Admins of the office and platform administrators (403 for its other members, 404 for outsiders). 409 \`last_admin\` when it would leave the office without an admin.${localModeNote}`,
    },
  }, async (request) => changeMemberRole(db, request.actor, request.params.id, request.params.userId, request.body.role));

  api.delete('/workspaces/:id/members/:userId', {
    schema: {
      tags, params: memberParams, response: { ...noContent, ...problems },
      summary: 'Remove a member from an office; counts from their next request',
      description: `Admins of the office and platform administrators (403 for its other members, 404 for outsiders). 409 \`last_admin\` for the office's only admin.${localModeNote}`,
    },
  }, async (request, reply) => {
    await removeMember(db, request.actor, request.params.id, request.params.userId);
    return reply.code(204).send(null);
  });

  api.delete('/invitations/:id', {
    schema: {
      tags, params: idParams, response: { ...noContent, ...problems },
      summary: 'Revoke an invitation that was not accepted yet',
      description: `Admins of its office (or, for a contributor, of the organisation's city) and platform administrators.${localModeNote}`,
    },
  }, async (request, reply) => {
    await revokeInvitation(db, request.actor, request.params.id);
    return reply.code(204).send(null);
  });

  api.get('/organisations/:id/contributors', {
    schema: {
      tags, params: idParams, response: { 200: organisationContributors, ...problems },
      summary: "An organisation's contributors and pending contributor invitations",
      description: `Platform administrators and the admins of the office of the organisation's city.${localModeNote}`,
    },
  }, async (request) => listContributors(db, request.actor, request.params.id));

  api.delete('/organisations/:id/contributors/:userId', {
    schema: {
      tags, params: contributorParams, response: { ...noContent, ...problems },
      summary: 'Remove a contributor from an organisation',
      description: `Platform administrators and the admins of the office of the organisation's city.${localModeNote}`,
    },
  }, async (request, reply) => {
    await removeContributor(db, request.actor, request.params.id, request.params.userId);
    return reply.code(204).send(null);
  });
}
