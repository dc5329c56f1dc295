// Who is acting. Until accounts exist (issue 5) every write is made by the local operator or the system.
export interface Actor {
  id: string;
  kind: 'user' | 'system';
}

export const localOperator: Actor = { id: 'local', kind: 'user' };
export const systemActor: Actor = { id: 'system', kind: 'system' };
