// The audit log: list (with what each entry changed) and export as CSV or JSON. Administrators only
// once accounts exist (policy.ts); the check runs before the query is validated, so a refused reader
// learns nothing from error messages.
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { page, problem } from '../../domain/common.ts';
import type { Db } from '../../db/client.ts';
import { problemResponses } from '../../server/route-helpers.ts';
import { countAudit, exportAudit, listAudit } from './audit-service.ts';
import { AUDIT_EXPORT_LIMIT, auditEntry, auditExportQuery, auditListQuery } from './contract.ts';
import { authorizeAuditRead } from './policy.ts';

const responses = { ...problemResponses, 403: problem.describe('Not a platform administrator (problem+json, code forbidden)') };

export function auditRoutes(app: FastifyInstance, db: Db) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['audit'];
  const preValidation = async (request: FastifyRequest) => authorizeAuditRead(request.actor);

  api.get('/audit', {
    preValidation,
    schema: {
      tags, summary: 'Who changed what and when, newest first, with the fields each change touched',
      description: 'actor matches any part of the actor, in any case; from and to are UTC days, both included. Platform administrators only once accounts exist.',
      querystring: auditListQuery, response: { 200: page(auditEntry), ...responses },
    },
  }, async (request) => {
    const result = await listAudit(db, request.query);
    return { ...result, limit: request.query.limit, offset: request.query.offset };
  });

  api.get('/audit/export', {
    preValidation,
    schema: {
      tags, summary: `Export the filtered audit log as CSV or a JSON array, newest first, at most ${AUDIT_EXPORT_LIMIT.toLocaleString('en')} entries`,
      description: 'CSV columns: at, actor, action, entity, entity_id, changed_fields (separated by "; "), before, after (JSON). '
        + 'X-Total-Count gives the number of matching entries; X-Audit-Export-Truncated is true when more matched than the export holds.',
      querystring: auditExportQuery, response: responses,
    },
  }, async (request, reply) => {
    const { format, ...filters } = request.query;
    const total = await countAudit(db, filters);
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .header('content-disposition', `attachment; filename="citybridge-audit-${day}.${format}"`)
      .header('x-total-count', String(total))
      .header('x-audit-export-limit', String(AUDIT_EXPORT_LIMIT))
      .header('x-audit-export-truncated', String(total > AUDIT_EXPORT_LIMIT))
      .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
      // A stream, not a typed object: the response schemas above only describe the problem answers.
      .send(Readable.from(exportAudit(db, filters, format)) as never);
  });
}
