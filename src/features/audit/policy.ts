// Who may read the audit log. It holds the before and after of every record, private ones included,
// so once accounts exist only platform administrators read it. In local mode the one operator is an
// administrator (localOperator.isAdmin), so the log is open there.
import type { Actor } from '../../domain/actor.ts';
import { AppError } from '../../domain/errors.ts';

export function canReadAudit(actor: Actor): boolean {
  return actor.isAdmin === true;
}

export function authorizeAuditRead(actor: Actor): void {
  if (!canReadAudit(actor)) throw new AppError('forbidden', 'only platform administrators may read the audit log');
}
