import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/http.ts';
import { toFormPath } from './server-errors.ts';

describe('server field errors', () => {
  it('strips the request part from problem+json paths', () => {
    const problem = new ApiProblem(400, 'validation_failed', 'body.date: not a real calendar day', [
      { path: 'body.date', message: 'not a real calendar day' },
      { path: 'body.participants.0.role', message: 'Invalid option' },
      { path: 'body.date', message: 'second message for the same field is dropped' },
    ]);
    expect(problem.fieldErrors()).toEqual({ date: 'not a real calendar day', 'participants.0.role': 'Invalid option' });
  });

  it('renames API fields to the form fields that edit them', () => {
    const renames: [RegExp, string][] = [
      [/^locationPlaceId$/, 'location'],
      [/^participants\.(\d+)\.(personId|person)(\..*)?$/, 'participants.$1.person'],
    ];
    expect(toFormPath('locationPlaceId', renames)).toBe('location');
    expect(toFormPath('participants.2.person.name', renames)).toBe('participants.2.person');
    expect(toFormPath('title.de', renames)).toBe('title.de');
  });
});
